import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';

import { client } from '@web/api/api-client';
import { LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { PublicNav } from './PublicNav';
import { OutcomeVerdict } from './OutcomeVerdict';

/** A filer follows their feedback by tracking code: each phase, and the outcome once it is disclosed. */
export function TrackPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const lookup = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/public/track/${encodeURIComponent(typed.trim())}`);
  };
  return (
    <div className="stack">
      <PublicNav />
      <form className="card inline-form" onSubmit={lookup}>
        <label>
          {t('feedback.yourCode')}
          <input name="code" value={typed} onChange={(e) => setTyped(e.target.value)} required />
        </label>
        <button type="submit">{t('track.lookup')}</button>
      </form>
      {code && <Progress code={code} />}
    </div>
  );
}

function Progress({ code }: { code: string }) {
  const { t, local } = useI18n();
  const progress = useLoad(() => client.get('/api/public/feedback/:code', { params: { code } }), code);
  return (
    <section className="card">
      <LoadState loaded={progress}>
        {(p) => (
          <>
            <h2>{p.trackingCode}</h2>
            <ol className="timeline" data-testid="progress">
              {p.entries.map((entry, index) => (
                <li key={index} className="timeline-item">
                  <span className="timeline-dot" aria-hidden="true" />
                  <div>
                    <strong>{local(entry.note)}</strong>
                    <div className="muted">{new Date(entry.at).toLocaleString()}</div>
                    {entry.detail && <p>{entry.detail}</p>}
                  </div>
                </li>
              ))}
            </ol>
            {p.disclosure ? (
              <section className="notice info" data-testid="disclosure">
                <strong>{t('track.disclosed')}</strong>
                <p>{p.disclosure.summary}</p>
                <p className="muted">
                  <OutcomeVerdict outcome={p.disclosure.outcome} riskLevel={p.disclosure.riskLevel} />
                </p>
              </section>
            ) : (
              <p className="muted">{t('track.notYet')}</p>
            )}
          </>
        )}
      </LoadState>
    </section>
  );
}
