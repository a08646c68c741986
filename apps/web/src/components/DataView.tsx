import { formatFen } from './money.util';

const FEN_KEYS = new Set(['amount', 'maxAmount', 'smallAmountLimit', 'spent', 'disbursed', 'requested', 'available']);

/** Any JSON as nested definition lists; amounts in fen shown as yuan. */
export function DataView({ value, name }: { value: unknown; name?: string }) {
  if (value === null || value === undefined || value === '') return <span className="muted">—</span>;
  if (typeof value === 'number' && name && FEN_KEYS.has(name)) return <span>{formatFen(value)}</span>;
  if (typeof value !== 'object') return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">—</span>;
    return (
      <ul className="data-list">
        {value.map((item, index) => (
          <li key={index}>
            <DataView value={item} name={name} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <dl className="data-view">
      {Object.entries(value as Record<string, unknown>).map(([key, child]) => (
        <div key={key} className="data-row">
          <dt>{key}</dt>
          <dd>
            <DataView value={child} name={key} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
