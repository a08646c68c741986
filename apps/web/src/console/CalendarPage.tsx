import { type FormEvent, useEffect, useState } from 'react';

import type { RegistrationSettingsDto } from '@yilin/contracts';
import { client } from '@web/api/api-client';
import { errorText } from '@web/components/error-text.util';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';

import { datesByYear, parseDates } from './calendar-dates.util';
import { ClockPanel } from './ClockPanel';
import { ConsoleNav } from './ConsoleNav';

/**
 * The working calendar green-channel deadlines count on: holidays and make-up working days (调休), entered
 * by an admin from the State Council's notice each year. New filings take the calendar of their day.
 */
export function CalendarPage() {
  const { t } = useI18n();
  const settings = useLoad(() => client.get('/api/registrations/settings'), 'registration-settings');
  const [holidays, setHolidays] = useState('');
  const [makeUp, setMakeUp] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!settings.data) return;
    setHolidays(settings.data.holidays.join('\n'));
    setMakeUp(settings.data.makeUpWorkingDays.join('\n'));
  }, [settings.data]);

  const save = async (event: FormEvent, current: RegistrationSettingsDto) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    const parsedHolidays = parseDates(holidays);
    const parsedMakeUp = parseDates(makeUp);
    const invalid = [...parsedHolidays.invalid, ...parsedMakeUp.invalid];
    if (invalid.length) {
      setError(`${t('calendar.notDates')}：${invalid.join('、')}`);
      return;
    }
    const { updatedAt: _at, updatedBy: _by, calendarCoverage: _coverage, ...editable } = current;
    try {
      await client.put('/api/registrations/settings', {
        body: { ...editable, holidays: parsedHolidays.dates, makeUpWorkingDays: parsedMakeUp.dates },
      });
      setSaved(true);
      settings.reload();
    } catch (failure) {
      setError(errorText(failure, t('error.network')));
    }
  };

  return (
    <div className="stack">
      <ConsoleNav />
      <section className="card">
        <h2>{t('console.calendar')}</h2>
        <p className="muted">{t('calendar.intro')}</p>
        <LoadState loaded={settings}>
          {(current) => (
            <form className="stack" onSubmit={(event) => save(event, current)}>
              {current.calendarCoverage.warn ? (
                <p role="alert" className="error-text">
                  {t('calendar.missingYear').replace('{year}', String(current.calendarCoverage.nextYear))}
                </p>
              ) : null}
              <div className="two-columns">
                <label>
                  {t('calendar.holidays')}
                  <textarea rows={14} value={holidays} onChange={(event) => setHolidays(event.target.value)} />
                </label>
                <label>
                  {t('calendar.makeUp')}
                  <textarea rows={14} value={makeUp} onChange={(event) => setMakeUp(event.target.value)} />
                </label>
              </div>
              <p className="muted">
                {datesByYear(current.holidays)
                  .map(([year, dates]) => `${year}: ${dates.length} ${t('calendar.days')}`)
                  .join(' · ')}
              </p>
              <ErrorNote message={error} />
              {saved ? <p role="status">{t('calendar.saved')}</p> : null}
              <button type="submit">{t('calendar.save')}</button>
            </form>
          )}
        </LoadState>
      </section>
      <ClockPanel />
    </div>
  );
}
