import { type FormEvent, useState } from 'react';

import { api } from '@web/api/api-client';
import { errorText, labelsOf } from '@web/components/error-text.util';
import { ErrorNote } from '@web/components/LoadState';
import { useI18n } from '@web/i18n/i18n';

import { PublicNav } from './PublicNav';
import { TrackingCodeReceipt } from './TrackingCodeReceipt';

const CATEGORIES = ['funds', 'grant', 'green-channel', 'enterprise', 'service', 'other'] as const;

/** Anyone may report a concern, anonymously if they wish, and gets a tracking code to follow it. */
export function FeedbackPage() {
  const { t } = useI18n();
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<string>('funds');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const contact = { ...(name ? { name } : {}), ...(phone ? { phone } : {}) };
      const receipt = await api<{ trackingCode: string }>('/public/feedback', {
        method: 'POST',
        body: { description, category, ...(Object.keys(contact).length ? { contact } : {}) },
      });
      setCode(receipt.trackingCode);
    } catch (failure) {
      // The server checks the contact with the feedback form's rules; each refusal names the field as shown here.
      const labels = { description: t('feedback.description'), 'contact.name': t('feedback.name'), 'contact.phone': t('feedback.phone') };
      setError(errorText(failure, t('error.network'), labelsOf(labels)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <PublicNav />
      {code ? (
        <TrackingCodeReceipt code={code} />
      ) : (
        <form className="card form-grid" onSubmit={submit}>
          <h2>{t('public.feedback')}</h2>
          <p className="muted">{t('feedback.intro')}</p>
          <label>
            {t('feedback.category')}
            <select name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`feedback.category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('feedback.description')}
            <textarea name="description" rows={5} value={description} onChange={(e) => setDescription(e.target.value)} required minLength={5} />
          </label>
          <fieldset>
            <legend>{t('feedback.contactOptional')}</legend>
            <label>
              {t('feedback.name')}
              <input name="name" value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <label>
              {t('feedback.phone')}
              <input name="phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
            </label>
          </fieldset>
          <ErrorNote message={error} />
          <button type="submit" disabled={busy}>
            {t('feedback.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
