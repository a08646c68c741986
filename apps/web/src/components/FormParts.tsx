import { useState } from 'react';
import type { FieldProps, WidgetProps } from '@rjsf/utils';

import { uploadFile } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { useI18n } from '@web/i18n/i18n';

import type { InputWidgetProps } from './input-widget-props';

// The designer's display-only fields and widgets for the CN formats, so any published form renders.

export function HeadingField({ schema }: FieldProps) {
  return schema.title ? <h4 className="form-heading">{schema.title}</h4> : null;
}

export function HelpField({ schema }: FieldProps) {
  return schema.title ? <p className="hint">{schema.title}</p> : null;
}

export function MobileWidget({ id, value, required, disabled, readonly, onChange }: InputWidgetProps) {
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

/**
 * Uploads to the instance the form belongs to, or, on a start form (a filing) before there is one, as the
 * uploader's own file that the instance takes when it starts; the form keeps the attachment's id.
 */
export function AttachmentWidget({ id, value, onChange, registry }: WidgetProps) {
  const { t } = useI18n();
  const { instanceId, preview } = (registry.formContext ?? {}) as { instanceId?: string; preview?: boolean };
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The share of the file sent so far while an upload runs, else null.
  const [sent, setSent] = useState<number | null>(null);
  if (preview) {
    return (
      <span className="attachment-widget">
        <input id={id} type="file" disabled aria-describedby={`${id}-preview`} />
        <span id={`${id}-preview`} className="hint">{t('form.previewNoUpload')}</span>
      </span>
    );
  }
  const upload = async (file: File) => {
    setSent(0);
    setError(null);
    try {
      const attachment = await (instanceId
        ? uploadFile('/api/instances/:id/attachments', { id: instanceId }, file, setSent)
        : uploadFile('/api/attachments', {}, file, setSent));
      setName(attachment.filename);
      onChange(attachment.id);
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    } finally {
      setSent(null);
    }
  };
  return (
    <span className="attachment-widget">
      <input id={id} type="file" disabled={sent !== null} onChange={(event) => event.target.files?.[0] && upload(event.target.files[0])} />
      {sent !== null && (
        <span className="upload-progress" role="status">
          <progress max={100} value={Math.round(sent * 100)} aria-label={t('form.uploading')} /> {t('form.uploading')} {Math.round(sent * 100)}%
        </span>
      )}
      {(name || value) && <span className="muted">✓ {name ?? String(value)}</span>}
      {error && <span className="error">{error}</span>}
    </span>
  );
}
