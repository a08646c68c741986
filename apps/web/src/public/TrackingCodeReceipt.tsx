import { useState } from 'react';
import { Link } from 'react-router';

import { useI18n } from '@web/i18n/i18n';

/** The tracking code after filing feedback: large, copyable, with a warning that it is the only way back. */
export function TrackingCodeReceipt({ code }: { code: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // Without clipboard access (an old browser, a refused permission) the person copies it by hand.
      setCopied(false);
    }
  };
  return (
    <section className="card notice info tracking-receipt">
      <h2>{t('feedback.thanks')}</h2>
      <p>{t('feedback.yourCode')}</p>
      <p className="tracking-code-line">
        <strong className="tracking-code" data-testid="tracking-code">{code}</strong>
        <button type="button" className="secondary" data-testid="copy-code" onClick={copy}>{t('feedback.copy')}</button>
      </p>
      <p role="status" className="small">{copied === true ? t('feedback.copied') : copied === false ? t('feedback.copyByHand') : ''}</p>
      <p className="notice warn" data-testid="keep-code">
        <strong>{t('feedback.keepCodeTitle')}</strong> {t('feedback.keepCode')}
      </p>
      <Link to={`/public/track/${code}`}>{t('public.track')}</Link>
    </section>
  );
}
