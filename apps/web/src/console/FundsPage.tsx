import { type FormEvent, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { client } from '@web/api/api-client';
import { errorMessage } from '@web/api/error-message';
import { BarChart } from '@web/components/BarChart';
import { ErrorNote, LoadState } from '@web/components/LoadState';
import { formatFen, parseYuan } from '@web/components/money.util';
import { useLoad } from '@web/components/use-load';
import { MoreButton, usePages } from '@web/components/use-pages';
import { useI18n } from '@web/i18n/i18n';

import { ConsoleNav } from './ConsoleNav';

/** Funds with their balances; one fund's ledger below, with donations recorded by admins. */
export function FundsPage() {
  const { t, local } = useI18n();
  const funds = useLoad(() => client.get('/api/funds'), 'funds');
  // The chosen fund lives in the address, so the overview can link straight to a ledger.
  const [params, setParams] = useSearchParams();
  const selected = params.get('fund');
  const setSelected = (id: string) => setParams({ fund: id });
  return (
    <div className="stack">
      <ConsoleNav />
      <section className="card">
        <h2>{t('console.funds')}</h2>
        <LoadState loaded={funds}>
          {(list) => (
            <>
              <table className="table">
                <thead>
                  <tr>
                    <th>{t('funds.name')}</th>
                    <th>{t('funds.received')}</th>
                    <th>{t('funds.granted')}</th>
                    <th>{t('funds.available')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((fund) => (
                    <tr key={fund.id} className={fund.id === selected ? 'selected' : undefined}>
                      <td>
                        <button type="button" className="link-button" aria-expanded={fund.id === selected} aria-controls="fund-ledger" onClick={() => setSelected(fund.id)}>
                          {local(fund.name)}
                        </button>
                      </td>
                      <td>{formatFen(fund.balances.received)}</td>
                      <td>{formatFen(fund.balances.granted)}</td>
                      <td>{formatFen(fund.balances.available)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>{t('funds.available')}</h3>
              <BarChart label={t('funds.available')} rows={list.map((f) => ({ label: local(f.name), value: f.balances.available }))} format={formatFen} />
            </>
          )}
        </LoadState>
      </section>
      {/* After the list, so the list arriving later cannot push the ledger back out of view. */}
      {selected && funds.data && <FundLedger key={selected} id={selected} onChanged={funds.reload} />}
    </div>
  );
}

function FundLedger({ id, onChanged }: { id: string; onChanged(): void }) {
  const { t, local } = useI18n();
  const fund = useLoad(() => client.get('/api/funds/:id', { params: { id } }), id);
  const entries = usePages('/api/funds/:id/ledger', { id });
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const broughtIntoView = useRef(false);
  // The ledger opens below the list: once its heading is there, bring it into view and move focus to it, or
  // nothing seems to happen.
  const heading = (element: HTMLHeadingElement | null) => {
    if (!element || broughtIntoView.current) return;
    broughtIntoView.current = true;
    element.scrollIntoView({ behavior: 'smooth', block: 'start' });
    element.focus({ preventScroll: true });
  };
  const donate = async (event: FormEvent) => {
    event.preventDefault();
    const fen = parseYuan(amount);
    if (!fen) return setError(t('funds.badAmount'));
    setError(null);
    try {
      await client.post('/api/funds/:id/donations', { params: { id }, body: { amount: fen, ...(note ? { note } : {}) } });
      setAmount('');
      setNote('');
      fund.reload();
      entries.reload();
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure, t('error.network')));
    }
  };
  return (
    <section className="card" id="fund-ledger" data-testid="fund-ledger">
      <LoadState loaded={fund}>
        {(detail) => (
          <>
            <h3 ref={heading} tabIndex={-1}>
              {local(detail.name)} · {t('funds.ledger')}
            </h3>
            <table className="table">
              <tbody>
                {(entries.data ?? detail.ledger).map((entry) => (
                  <tr key={entry.id}>
                    <td>{new Date(entry.at).toLocaleString()}</td>
                    <td>{t(`ledger.${entry.kind}`)}</td>
                    <td>{formatFen(entry.amount)}</td>
                    <td title={t('funds.available')}>{formatFen(entry.availableAfter)}</td>
                    <td>
                      {entry.grantId && <Link to={`/console/instances/${entry.grantId}`}>{entry.grantId}</Link>} {entry.note}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <MoreButton pages={entries} />
          </>
        )}
      </LoadState>
      <form className="inline-form" onSubmit={donate}>
        <input inputMode="decimal" aria-label={t('funds.donationYuan')} placeholder={t('funds.donationYuan')} value={amount} onChange={(e) => setAmount(e.target.value)} required />
        <input aria-label={t('funds.note')} placeholder={t('funds.note')} value={note} onChange={(e) => setNote(e.target.value)} />
        <button type="submit">{t('funds.donate')}</button>
      </form>
      <ErrorNote message={error} />
    </section>
  );
}
