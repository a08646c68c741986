import { useState } from 'react';
import type { FieldProps, WidgetProps } from '@rjsf/utils';

import type { AttachmentDto } from '@yilin/contracts';

import { sessionToken } from '@web/api/api-client';
import { useI18n } from '@web/i18n/i18n';

// The designer's display-only fields and widgets for the CN formats, so any published form renders.

export function HeadingField({ schema }: FieldProps) {
  return schema.title ? <h4 className="form-heading">{schema.title}</h4> : null;
}

export function HelpField({ schema }: FieldProps) {
  return schema.title ? <p className="hint">{schema.title}</p> : null;
}

export function MobileWidget({ id, value, required, disabled, readonly, onChange }: WidgetProps) {
  return (
    <input
      id={id}
      type="tel"
      inputMode="numeric"
      value={typeof value === 'string' ? value : ''}
      required={required}
      disabled={disabled || readonly}
      onChange={(event) => onChange(event.target.value || undefined)}
    />
  );
}

/** Uploads to the instance the form belongs to; the form keeps the attachment's id. */
export function AttachmentWidget({ id, value, onChange, registry }: WidgetProps) {
  const { t } = useI18n();
  const instanceId = (registry.formContext as { instanceId?: string } | undefined)?.instanceId;
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!instanceId) return <p className="hint">{t('form.attachLater')}</p>;
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const body = new FormData();
      body.append('file', file);
      const token = sessionToken.get();
      const response = await fetch(`/api/instances/${instanceId}/attachments`, {
        method: 'POST',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
        body,
      });
      const answer = (await response.json()) as AttachmentDto & { message?: string };
      if (!response.ok) throw new Error(answer.message ?? response.statusText);
      setName(answer.filename);
      onChange(answer.id);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="attachment-widget">
      <input id={id} type="file" disabled={busy} onChange={(event) => event.target.files?.[0] && upload(event.target.files[0])} />
      {busy && <span className="muted">{t('common.saving')}</span>}
      {(name || value) && <span className="muted">✓ {name ?? String(value)}</span>}
      {error && <span className="error">{error}</span>}
    </span>
  );
}
