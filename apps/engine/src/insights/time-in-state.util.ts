import type { TimeInStateDto } from '@yilin/contracts';

export interface StateEntry {
  instanceId: string;
  revision: number;
  toState: string;
  at: Date;
}

/**
 * How long instances stay in each state: an entry entering a state lasts until the next entry that leaves
 * it. Entries that stay in the same state (a comment, a vote) do not restart the clock, and an instance's
 * current state has no end yet, so it is left out rather than counted short.
 */
export function timeInState(entries: readonly StateEntry[]): TimeInStateDto[] {
  const byInstance = new Map<string, StateEntry[]>();
  for (const entry of entries) {
    const trail = byInstance.get(entry.instanceId);
    if (trail) trail.push(entry);
    else byInstance.set(entry.instanceId, [entry]);
  }
  const totals = new Map<string, { visits: number; totalMs: number; longestMs: number }>();
  for (const trail of byInstance.values()) {
    const ordered = [...trail].sort((a, b) => a.revision - b.revision);
    let entered = ordered[0];
    for (const entry of ordered.slice(1)) {
      if (entry.toState === entered.toState) continue;
      const ms = Math.max(0, entry.at.getTime() - entered.at.getTime());
      const total = totals.get(entered.toState) ?? { visits: 0, totalMs: 0, longestMs: 0 };
      totals.set(entered.toState, { visits: total.visits + 1, totalMs: total.totalMs + ms, longestMs: Math.max(total.longestMs, ms) });
      entered = entry;
    }
  }
  return [...totals.entries()]
    .map(([state, t]) => ({ state, visits: t.visits, averageMs: Math.round(t.totalMs / t.visits), longestMs: t.longestMs }))
    .sort((a, b) => b.averageMs - a.averageMs);
}
