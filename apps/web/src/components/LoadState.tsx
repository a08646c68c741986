import type { ReactNode } from 'react';

import { useI18n } from '@web/i18n/i18n';

import type { Loaded } from './use-load';

export function ErrorNote({ message }: { message: string | null }) {
  return message ? (
    <p role="alert" className="error">
      {message}
    </p>
  ) : null;
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted loading" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}

/** Shows the loading line or the error sentence, else the children built from the data. */
export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.error)
    return (
      <div>
        <ErrorNote message={loaded.error} />
        <button type="button" className="link-button" onClick={loaded.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  if (loaded.data === null) return <Loading />;
  return <>{children(loaded.data)}</>;
}
