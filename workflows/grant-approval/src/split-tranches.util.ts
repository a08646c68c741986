export interface TrancheAmount {
  /** 1-based. */
  number: number;
  percent: number;
  amount: number;
}

/**
 * Splits an amount in integer fen by percentages. Every tranche but the last is rounded down; the last
 * takes the remainder, so the tranches always sum to exactly `amount`.
 */
export function splitTranches(amount: number, percents: readonly number[]): TrancheAmount[] {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new RangeError(`Amount must be a non-negative integer number of fen, got ${amount}`);
  }
  const problem = trancheSplitProblem(percents);
  if (problem) throw new RangeError(problem);
  let allotted = 0;
  return percents.map((percent, index) => {
    const isLast = index === percents.length - 1;
    const share = isLast ? amount - allotted : Math.floor((amount * percent) / 100);
    allotted += share;
    return { number: index + 1, percent, amount: share };
  });
}

/** Why a tranche split cannot be used, or null when it can. */
export function trancheSplitProblem(percents: readonly number[]): string | null {
  if (!percents.length) return 'The tranche split needs at least one tranche';
  if (percents.some((percent) => !Number.isInteger(percent) || percent <= 0)) {
    return 'Each tranche must be a positive whole percentage';
  }
  const total = percents.reduce((sum, percent) => sum + percent, 0);
  return total === 100 ? null : `The tranche split must sum to 100, not ${total}`;
}
