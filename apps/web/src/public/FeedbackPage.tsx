import { useMemo, useState } from 'react';

import type { SubmitFeedbackRequest } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorText, labelsOf } from '@web/components/error-text.util';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { SchemaForm } from '@web/components/SchemaForm';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { PublicNav } from './PublicNav';
import { TrackingCodeReceipt } from './TrackingCodeReceipt';

/**
 * Anyone may report a concern, anonymously if they wish, and gets a tracking code to follow it. The page is
 * the public-feedback form as staff designed it: its categories, its contact fields, anything they add.
 */
export function FeedbackPage() {
  const { t, language } = useI18n();
  const form = useLoad(() => client.get('/api/public/feedback/form'), 'feedback-form');
  const [code, setCode] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const texts = form.data?.document.labels?.[language];
  const labelOf = useMemo(() => labelsOf(texts), [texts]);

  const submit = async (data: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      // The form staff designed collects what the engine checks; its refusal names any field that does not fit.
      const receipt = await client.post('/api/public/feedback', { body: data as SubmitFeedbackRequest });
      setCode(receipt.trackingCode);
    } catch (failure) {
      setError(errorText(failure, t('error.network'), labelOf));
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
        <section className="card" aria-label={t('public.feedback')}>
          <h2>{t('public.feedback')}</h2>
          <LoadState loaded={form}>
            {({ document }) => (
              <SchemaForm
                schema={document.schema}
                uiSchema={document.uiSchema}
                labels={document.labels}
                submitLabel={t('feedback.submit')}
                busy={busy}
                onSubmit={submit}
              />
            )}
          </LoadState>
          <ErrorNote message={error} />
        </section>
      )}
    </div>
  );
}
