import { useState } from 'react';
import { useNavigate } from 'react-router';

import { client } from '@web/api/api-client';
import { errorText, labelsOf } from '@web/components/error-text.util';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { SchemaForm } from '@web/components/SchemaForm';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { startFormOf } from './start-form';

const WORKFLOW = 'enterprise-registration';

/**
 * Filing through the green channel (网上申报). Staff use the same page to file on a founder's behalf
 * (业务代办): the founder's username is recorded with the filing.
 */
export function RegisterPage({ onBehalf = false }: { onBehalf?: boolean }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const form = useLoad(() => startFormOf(WORKFLOW), WORKFLOW);
  const [founderUsername, setFounderUsername] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const file = async (data: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      const body = onBehalf ? { ...data, onBehalfOf: { founderUsername } } : data;
      const instance = await client.post('/api/instances', { body: { workflow: WORKFLOW, data: body } });
      navigate(onBehalf ? `/inbox/${instance.id}` : `/portal/items/${instance.id}`);
    } catch (failure) {
      setError(errorText(failure, t('error.network'), labelsOf(form.data?.document.labels?.[language])));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      <section className="card">
        <h2>{onBehalf ? t('register.onBehalfTitle') : t('register.title')}</h2>
        <p className="muted">{t('register.intro')}</p>
        {onBehalf && (
          <label>
            {t('register.founderUsername')}
            <input name="founderUsername" value={founderUsername} onChange={(e) => setFounderUsername(e.target.value)} required />
          </label>
        )}
      </section>
      <section className="card">
        <LoadState loaded={form}>
          {({ document }) => (
            <SchemaForm
              schema={document.schema}
              uiSchema={document.uiSchema}
              labels={document.labels}
              submitLabel={t('register.submit')}
              busy={busy}
              onSubmit={file}
            />
          )}
        </LoadState>
        <ErrorNote message={error} />
      </section>
    </div>
  );
}
