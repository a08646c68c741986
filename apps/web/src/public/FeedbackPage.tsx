import { lazy, Suspense, useMemo, useState } from 'react';

import type { FieldIssue, SubmitFeedbackRequest } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorText, fieldIssuesOf, labelsOf } from '@web/components/error-text.util';
import { ErrorNote, Loading, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { LightForm } from '@web/forms/LightForm';
import { lightRenderable } from '@web/forms/light-form.util';
import { useI18n } from '@web/i18n/i18n';

import { PublicNav } from './PublicNav';
import { TrackingCodeReceipt } from './TrackingCodeReceipt';

// rjsf weighs more than the whole rest of the page: it loads only if staff give the form a field the light
// renderer does not draw (a repeating group, an attachment…), so no field is ever dropped.
const SchemaForm = lazy(() => import('@web/components/SchemaForm').then((module) => ({ default: module.SchemaForm })));

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
  const [refusal, setRefusal] = useState<FieldIssue[] | null>(null);
  const texts = form.data?.document.labels?.[language];
  const labelOf = useMemo(() => labelsOf(texts), [texts]);
  const light = form.data ? lightRenderable(form.data.document) : false;

  const submit = async (data: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    setRefusal(null);
    try {
      // The form staff designed collects what the engine checks; its refusal names any field that does not fit.
      const receipt = await client.post('/api/public/feedback', { body: data as SubmitFeedbackRequest });
      setCode(receipt.trackingCode);
    } catch (failure) {
      // The light form shows the fields the engine refused on the fields themselves; rjsf, in a sentence.
      const issues = fieldIssuesOf(failure);
      if (issues.length && light) setRefusal(issues);
      else setError(errorText(failure, t('error.network'), labelOf));
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
            {({ document }) =>
              light ? (
                <LightForm document={document} submitLabel={t('feedback.submit')} busy={busy} refusal={refusal} onSubmit={submit} />
              ) : (
                <Suspense fallback={<Loading />}>
                  <SchemaForm
                    schema={document.schema}
                    uiSchema={document.uiSchema}
                    labels={document.labels}
                    submitLabel={t('feedback.submit')}
                    busy={busy}
                    onSubmit={submit}
                  />
                </Suspense>
              )
            }
          </LoadState>
          <ErrorNote message={error} />
        </section>
      )}
    </div>
  );
}
