import type { EntityManager } from 'typeorm';

import type { TimeInStateDto } from '@yilin/contracts';
import { countStaysFromAudit } from '@engine/database/migrations/stays-from-audit';
import { slotOf } from '@engine/instances/state-counts';

import { StateDurationEntity } from './state-duration.entity';

export interface FinishedStay {
  instanceId: string;
  place: { workflow: string; state: string };
  ms: number;
}

/**
 * Adds finished stays in states to the workflows' figures, inside the caller's transaction, each in the
 * slot its instance's id picks: one statement per figures row, however many stays it gathers, rows in one
 * fixed order. The usual case is one UPDATE by primary key; only a missing row takes the upsert, since
 * another transaction may be creating it at the same moment.
 */
export async function addStateDurations(m: EntityManager, stays: readonly FinishedStay[]): Promise<void> {
  const runner = m.queryRunner;
  if (!runner) throw new Error('A stay in a state is added inside a transaction');
  const rows = new Map<string, { key: [string, string, number]; visits: number; totalMs: number; longestMs: number }>();
  for (const { instanceId, place, ms } of stays) {
    const stay = Math.max(0, Math.round(ms));
    const key: [string, string, number] = [place.workflow, place.state, slotOf(instanceId)];
    const id = key.join('\u0000');
    const row = rows.get(id) ?? { key, visits: 0, totalMs: 0, longestMs: 0 };
    row.visits += 1;
    row.totalMs += stay;
    row.longestMs = Math.max(row.longestMs, stay);
    rows.set(id, row);
  }
  const mysql = m.connection.options.type === 'mysql';
  const longer = mysql ? 'GREATEST' : 'MAX';
  const ordered = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  for (const { key, visits, totalMs, longestMs } of ordered) {
    const updated = await runner.query(
      `UPDATE state_durations SET visits = visits + ?, total_ms = total_ms + ?, longest_ms = ${longer}(longest_ms, ?)
        WHERE workflow = ? AND state = ? AND slot = ?`,
      [visits, totalMs, longestMs, ...key],
      true,
    );
    if (Number(updated.affected ?? 0)) continue;
    const onConflict = mysql
      ? 'ON DUPLICATE KEY UPDATE visits = visits + VALUES(visits), total_ms = total_ms + VALUES(total_ms), longest_ms = GREATEST(longest_ms, VALUES(longest_ms))'
      : 'ON CONFLICT (workflow, state, slot) DO UPDATE SET visits = visits + excluded.visits, total_ms = total_ms + excluded.total_ms, longest_ms = MAX(longest_ms, excluded.longest_ms)';
    await m.query(
      `INSERT INTO state_durations (workflow, state, slot, visits, total_ms, longest_ms) VALUES (?, ?, ?, ?, ?, ?) ${onConflict}`,
      [...key, visits, totalMs, longestMs],
    );
  }
}

/** Average and longest time in each state a workflow's instances have left, longest average first. */
export async function timeInStateOf(m: EntityManager, workflow: string): Promise<TimeInStateDto[]> {
  const rows: Array<{ state: string; visits: string | number; totalMs: string | number; longestMs: string | number }> = await m
    .createQueryBuilder(StateDurationEntity, 'd')
    .select('d.state', 'state')
    .addSelect('SUM(d.visits)', 'visits')
    .addSelect('SUM(d.total_ms)', 'totalMs')
    .addSelect('MAX(d.longest_ms)', 'longestMs')
    .where('d.workflow = :workflow', { workflow })
    .groupBy('d.state')
    .getRawMany();
  return rows
    .map((row) => ({ state: row.state, visits: Number(row.visits), totalMs: Number(row.totalMs), longestMs: Number(row.longestMs) }))
    .filter((row) => row.visits > 0)
    .map((row) => ({ state: row.state, visits: row.visits, averageMs: Math.round(row.totalMs / row.visits), longestMs: row.longestMs }))
    .sort((a, b) => b.averageMs - a.averageMs);
}

/** The stays every instance's audit records, counted again: after rows were written around the store. */
export async function recountStateDurations(m: EntityManager): Promise<void> {
  await m.query('DELETE FROM state_durations');
  await countStaysFromAudit((sql, parameters) => m.query(sql, parameters), m.connection.options.type === 'mysql' ? 'mysql' : 'sqlite');
}
