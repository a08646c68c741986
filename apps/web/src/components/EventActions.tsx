import { useMemo, useState } from 'react';

import type { AllowedEventDto, FormDocument, InstanceDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { errorText } from '@web/components/error-text.util';
import { useI18n } from '@web/i18n/i18n';

import { eventUi, initialEventData, mergeUi, referencesFirst, withReferences } from './event-ui.util';
import { pickFormFields } from './form-fields.util';
import { hasFields } from './form-ui.util';
import { ErrorNote, Loading } from './LoadState';
import { SchemaForm } from './SchemaForm';
import { UserPickerField } from './UserPickerField';
import { useLoad } from './use-load';

const fields = { userPicker: UserPickerField };

/** The steps I may take on an instance now, each with the form bound to it. */
export function EventActions({ instance, onChanged }: { instance: InstanceDto; onChanged(next: InstanceDto): void }) {
  const { t, local } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (instance.allowedEvents.length === 0) return <p className="muted">{t('actions.none')}</p>;
  const event = instance.allowedEvents.find((e) => e.type === open);
  return (
    <div className="actions">
      <div className="action-buttons">
        {instance.allowedEvents.map((allowed) => (
          <button
            key={allowed.type}
            type="button"
            className={allowed.type === open ? 'secondary active' : 'secondary'}
            data-event={allowed.type}
            onClick={() => setOpen(allowed.type === open ? null : allowed.type)}
          >
            {local(allowed.title)}
          </button>
        ))}
      </div>
      {event && (
        <EventPanel
          key={`${event.type}:${instance.revision}`}
          instance={instance}
          event={event}
          onDone={(next) => {
            setOpen(null);
            onChanged(next);
          }}
        />
      )}
    </div>
  );
}

function EventPanel({ instance, event, onDone }: { instance: InstanceDto; event: AllowedEventDto; onDone(next: InstanceDto): void }) {
  const { t, local } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A step's bound form at the version the server validates this instance against.
  const form = useLoad(
    () =>
      event.slot
        ? client.get('/api/instances/:id/forms/:event', { params: { id: instance.id, event: event.type } })
        : event.form
          ? client.get('/api/forms/:key/versions/latest', { params: { key: event.form } })
          : Promise.resolve(null),
    `${instance.id}:${event.type}:${instance.revision}`,
  );
  const send = async (data: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await client.post('/api/instances/:id/events', {
        params: { id: instance.id },
        body: { type: event.type, data, expectedRevision: instance.revision },
      });
      onDone(next);
    } catch (failure) {
      setError(errorText(failure, t('error.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card event-panel" aria-label={local(event.title)}>
      <h3>{local(event.title)}</h3>
      {form.error ? (
        <ErrorNote message={form.error} />
      ) : (event.slot || event.form) && !form.data ? (
        <Loading />
      ) : (
        <StepForm instance={instance} event={event} document={form.data?.document} busy={busy} onSend={send} />
      )}
      {busy && <p className="muted">{t('common.saving')}</p>}
      <ErrorNote message={error} />
    </section>
  );
}

function StepForm(props: {
  instance: InstanceDto;
  event: AllowedEventDto;
  document: FormDocument | undefined;
  busy: boolean;
  onSend(data: Record<string, unknown>): void;
}) {
  const { t } = useI18n();
  const { instance, event, document, busy, onSend } = props;
  // The bound form, with what the step picks rather than types (reviewers, the report decided on) beside it.
  const { schema, picked } = useMemo(
    () => (document ? withReferences(document.schema, event.schema) : { schema: event.schema, picked: [] }),
    [document, event.schema],
  );
  const ui = useMemo(
    () => referencesFirst(mergeUi(document?.uiSchema ?? {}, eventUi(instance.workflow, event.type)), picked),
    [document, instance.workflow, event.type, picked],
  );
  const initial = useMemo(() => {
    const data = initialEventData(instance, event.type);
    return document && schema ? pickFormFields(schema, data) : data;
  }, [instance, event.type, document, schema]);
  if (!schema || !hasFields(schema))
    return (
      <button type="button" disabled={busy} onClick={() => onSend({})}>
        {t('actions.confirm')}
      </button>
    );
  return (
    <SchemaForm
      schema={schema}
      uiSchema={ui}
      labels={document?.labels}
      formData={initial}
      submitLabel={t('actions.send')}
      busy={busy}
      onSubmit={onSend}
      fields={fields}
      instanceId={instance.id}
    />
  );
}
