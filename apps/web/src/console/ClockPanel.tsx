import { type FormEvent, useState } from 'react';

import { client } from '@web/api/api-client';
import { errorText } from '@web/components/error-text.util';
import { ErrorNote } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

/**
 * The engine's clock, which an admin moves forward in a demo (MANUAL_CLOCK=true) to show deadlines,
 * reminders and escalations days ahead. Shows nothing when the clock follows real time.
 */
export function ClockPanel() {
  const { t } = useI18n();
  const clock = useLoad(() => client.get('/api/admin/clock'), 'clock');
  const [days, setDays] = useState('1');
  const [error, setError] = useState<string | null>(null);
  if (!clock.data?.manual) return null;

  const move = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.post('/api/admin/clock', { body: { days: Number(days) } });
      clock.reload();
    } catch (failure) {
      setError(errorText(failure, t('error.network')));
    }
  };
  return (
    <section className="card" data-testid="clock-panel">
      <h2>{t('clock.title')}</h2>
      <p>
        {t('clock.now')} <strong data-testid="clock-now">{new Date(clock.data.now).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</strong>
      </p>
      <form onSubmit={move}>
        <label>
          {t('clock.days')}
          <input name="days" type="number" min={1} max={3660} value={days} onChange={(e) => setDays(e.target.value)} />
        </label>{' '}
        <button type="submit">{t('clock.advance')}</button>
      </form>
      <ErrorNote message={error} />
      <p className="muted">{t('clock.hint')}</p>
    </section>
  );
}
