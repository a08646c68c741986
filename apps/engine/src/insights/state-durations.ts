import type { EntityManager } from 'typeorm';

import type { TimeInStateDto } from '@yilin/contracts';
import { slotOf } from '@engine/instances/state-counts';

import { StateDurationEntity } from './state-duration.entity';

/**
 * Adds one finished stay in a state to the workflow's figures, inside the caller's transaction, in the
 * slot the instance's id picks. The usual case is one UPDATE by primary key; only a missing row takes the
 * upsert, since another transaction may be creating it at the same moment.
 */
export async function addStateDuration(
  m: EntityManager,
  instanceId: string,
  place: { workflow: string; state: string },
  ms: number,
): Promise<void> {
  const runner = m.queryRunner;
  if (!runner) throw new Error('A stay in a state is added inside a transaction');
  const stay = Math.max(0, Math.round(ms));
  const key = [place.workflow, place.state, slotOf(instanceId)];
  const mysql = m.connection.options.type === 'mysql';
  const longer = mysql ? 'GREATEST' : 'MAX';
  const updated = await runner.query(
    `UPDATE state_durations SET visits = visits + 1, total_ms = total_ms + ?, longest_ms = ${longer}(longest_ms, ?)
      WHERE workflow = ? AND state = ? AND slot = ?`,
    [stay, stay, ...key],
    true,
  );
  if (Number(updated.affected ?? 0)) return;
  const onConflict = mysql
    ? 'ON DUPLICATE KEY UPDATE visits = visits + 1, total_ms = total_ms + VALUES(total_ms), longest_ms = GREATEST(longest_ms, VALUES(longest_ms))'
    : 'ON CONFLICT (workflow, state, slot) DO UPDATE SET visits = visits + 1, total_ms = total_ms + excluded.total_ms, longest_ms = MAX(longest_ms, excluded.longest_ms)';
  await m.query(
    `INSERT INTO state_durations (workflow, state, slot, visits, total_ms, longest_ms) VALUES (?, ?, ?, 1, ?, ?) ${onConflict}`,
    [...key, stay, stay],
  );
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

/**
 * The stays every instance's audit records, added up again into the figures, and when each instance
 * entered its current state: after rows were written around the store. A step that changes state
 * (`from_state` differs from `to_state`, or the start) begins a stay that lasts until the next such step.
 */
export async function recountStateDurations(m: EntityManager): Promise<void> {
  const mysql = m.connection.options.type === 'mysql';
  await m.query('DELETE FROM state_durations');
  await m.query(stateDurationsSql(mysql));
  await m.query(stateEnteredAtSql);
}

export const stateDurationsSql = (mysql: boolean) => {
  const ms = mysql
    ? 'GREATEST(0, TIMESTAMPDIFF(MICROSECOND, c.at, c.next_at) DIV 1000)'
    : 'MAX(0, CAST(ROUND((julianday(c.next_at) - julianday(c.at)) * 86400000) AS INTEGER))';
  return `INSERT INTO state_durations (workflow, state, slot, visits, total_ms, longest_ms)
    SELECT i.workflow, s.to_state, 0, COUNT(*), SUM(s.ms), MAX(s.ms)
    FROM (
      SELECT c.instance_id, c.to_state, ${ms} AS ms
      FROM (
        SELECT instance_id, to_state, at, LEAD(at) OVER (PARTITION BY instance_id ORDER BY revision) AS next_at
        FROM audit_entries WHERE from_state IS NULL OR from_state <> to_state
      ) c
      WHERE c.next_at IS NOT NULL
    ) s
    JOIN workflow_instances i ON i.id = s.instance_id
    GROUP BY i.workflow, s.to_state`;
};

export const stateEnteredAtSql = `UPDATE workflow_instances SET state_entered_at = (
    SELECT MAX(a.at) FROM audit_entries a
    WHERE a.instance_id = workflow_instances.id AND (a.from_state IS NULL OR a.from_state <> a.to_state))`;
