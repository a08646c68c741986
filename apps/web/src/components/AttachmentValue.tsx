import { useState } from 'react';

import { downloadFile } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { useI18n } from '@web/i18n/i18n';

/** A file handed in with a form, as a button that downloads it rather than its bare id. */
export function AttachmentValue({ id }: { id: string }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setError(null);
    try {
      await downloadFile('/api/attachments/:id', { id });
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  return (
    <span className="attachment-value">
      <button type="button" className="secondary small" data-attachment={id} onClick={download}>
        {t('form.downloadFile')}
      </button>
      {error && <span className="error"> {error}</span>}
    </span>
  );
}
