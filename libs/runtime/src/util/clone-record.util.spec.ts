import { cloneRecord } from './clone-record.util';

describe('copying a stored record', () => {
  it('copies JSON values and dates deeply, sharing nothing with the original', () => {
    const at = new Date('2026-11-30T12:00:00Z');
    const record = { id: 'a', revision: 3, at, snapshot: { value: { live: 'open' }, context: { list: [1, { n: null }] } }, flag: true, none: undefined };
    const copied = cloneRecord(record);
    expect(copied).toEqual(record);
    expect(copied.at).not.toBe(at);
    expect(copied.at.getTime()).toBe(at.getTime());
    copied.snapshot.context.list.push(2);
    (copied.snapshot.value as Record<string, string>).live = 'closed';
    expect(record.snapshot).toEqual({ value: { live: 'open' }, context: { list: [1, { n: null }] } });
  });

  it('copies what is neither JSON nor a date as structuredClone would', () => {
    const record = { bytes: new Uint8Array([1, 2, 3]), keys: new Map([['a', 1]]) };
    const copied = cloneRecord(record);
    expect(copied.bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect(copied.bytes).not.toBe(record.bytes);
    expect(copied.keys.get('a')).toBe(1);
  });
});
