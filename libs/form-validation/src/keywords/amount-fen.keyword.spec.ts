import { createAjv } from '../ajv/create-ajv';
import { isAmountFen } from './amount-fen.keyword';

describe('x-amount-fen', () => {
  it.each([0, 1, 1999, 500_000_00, Number.MAX_SAFE_INTEGER])('accepts %p fen', (value) => {
    expect(isAmountFen(value)).toBe(true);
  });

  it.each([
    ['a negative amount', -1],
    ['a fraction of a fen', 12.5],
    ['beyond the safe integers', Number.MAX_SAFE_INTEGER + 1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a numeric string', '100'],
    ['null', null],
  ])('refuses %s', (_, value) => {
    expect(isAmountFen(value)).toBe(false);
  });

  it('fails data through AJV even without a `type`, and is a no-op when false', () => {
    const ajv = createAjv();
    const strictAmount = ajv.compile({ 'x-amount-fen': true });
    const off = ajv.compile({ 'x-amount-fen': false });
    expect(strictAmount(1500)).toBe(true);
    expect(strictAmount('1500')).toBe(false);
    expect(strictAmount.errors?.[0]).toMatchObject({ keyword: 'x-amount-fen', instancePath: '' });
    expect(off(-3.5)).toBe(true);
  });

  it('refuses a non-boolean value in the schema', () => {
    expect(() => createAjv().compile({ 'x-amount-fen': 'yes' })).toThrow(/x-amount-fen/);
  });
});
