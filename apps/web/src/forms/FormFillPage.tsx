import { useState } from 'react';
import { useParams } from 'react-router';

import type { InstanceDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { SchemaForm } from '@web/components/SchemaForm';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { resolveConditions } from './resolve-conditions.util';

/**
 * Starts any workflow whose start step collects a form: the latest published version, rendered by the same
 * component as the designer's preview, and submitted as it is for the engine to validate and pin.
 */
export function FormFillPage() {
  const { workflow = '' } = useParams();
  const { t, local } = useI18n();
  const loaded = useLoad(() => client.get('/api/forms/by-workflow/:workflow/start', { params: { workflow } }), workflow);
  const [data, setData] = useState<Record<string, unknown>>({});
  const [started, setStarted] = useState<InstanceDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (formData: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      setStarted(await client.post('/api/instances', { body: { workflow, data: formData } }));
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <LoadState loaded={loaded}>
      {(form) => (
        <section className="card" data-testid="fill" data-form-version={form.version}>
          <h2>{local({ zh: form.document.labels.zh.$form ?? form.key, en: form.document.labels.en.$form ?? form.key })}</h2>
          <p className="muted">{form.key} · v{form.version}</p>
          {started ? (
            <p className="ok" data-testid="submitted" data-instance-id={started.id}>{t('fill.submitted')} {started.id}</p>
          ) : (
            <SchemaForm
              schema={resolveConditions(form.document.schema, data)}
              uiSchema={form.document.uiSchema}
              labels={form.document.labels}
              formData={data}
              submitLabel={t('fill.submit')}
              busy={busy}
              onChange={setData}
              onSubmit={submit}
            />
          )}
          <ErrorNote message={error} />
        </section>
      )}
    </LoadState>
  );
}
