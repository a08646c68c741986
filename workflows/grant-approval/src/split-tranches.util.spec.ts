import { splitTranches, trancheSplitProblem } from './split-tranches.util';

describe('splitTranches', () => {
  it('splits 60/40 exactly when the amount divides', () => {
    expect(splitTranches(1_000_000, [60, 40])).toEqual([
      { number: 1, percent: 60, amount: 600_000 },
      { number: 2, percent: 40, amount: 400_000 },
    ]);
  });

  it('rounds every tranche but the last down and gives the remainder to the last', () => {
    expect(splitTranches(101, [60, 40]).map((tranche) => tranche.amount)).toEqual([60, 41]);
    expect(splitTranches(100, [33, 33, 34]).map((tranche) => tranche.amount)).toEqual([33, 33, 34]);
    expect(splitTranches(1, [50, 50]).map((tranche) => tranche.amount)).toEqual([0, 1]);
  });

  it.each([
    [0, [100]],
    [7, [100]],
    [999_999_999, [60, 40]],
    [123_457, [10, 20, 30, 40]],
    [2 ** 40, [1, 99]],
  ])('always sums to the amount (%p fen, %p)', (amount, split) => {
    const tranches = splitTranches(amount, split);
    expect(tranches.reduce((sum, tranche) => sum + tranche.amount, 0)).toBe(amount);
    expect(tranches.every((tranche) => Number.isInteger(tranche.amount) && tranche.amount >= 0)).toBe(true);
  });

  it('refuses fractional or negative amounts and splits not summing to 100', () => {
    expect(() => splitTranches(10.5, [100])).toThrow(RangeError);
    expect(() => splitTranches(-1, [100])).toThrow(RangeError);
    expect(() => splitTranches(100, [60, 30])).toThrow(/sum to 100/);
    expect(() => splitTranches(100, [])).toThrow(/at least one/);
    expect(() => splitTranches(100, [100.5, -0.5])).toThrow(/whole percentage/);
  });

  it('names the problem of a split, or none', () => {
    expect(trancheSplitProblem([60, 40])).toBeNull();
    expect(trancheSplitProblem([70, 40])).toMatch(/not 110/);
  });
});
