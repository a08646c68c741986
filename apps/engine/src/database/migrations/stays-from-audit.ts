/** Runs one statement with positional parameters: a migration's query runner or an entity manager. */
type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

/** Instances whose stays one statement counts: small enough that no statement runs for long at any size. */
const CHUNK = 5000;

/**
 * Adds the stays recorded in the audit to `state_durations` (slot 0) and sets when each instance entered
 * its current state, a chunk of instances at a time. A step that changes state (`from_state` differs
 * from `to_state`, or the start) begins a stay that lasts until the next such step; a step that stays
 * in its state does not restart the clock. Shared by the migration that created the table and by the
 * benchmark, which writes history around the store.
 */
export async function countStaysFromAudit(query: Query, driver: 'sqlite' | 'mysql'): Promise<void> {
  const mysql = driver === 'mysql';
  const q = (name: string) => (mysql ? `\`${name}\`` : `"${name}"`);
  const ms = mysql
    ? 'GREATEST(0, TIMESTAMPDIFF(MICROSECOND, c.`at`, c.`next_at`) DIV 1000)'
    : 'MAX(0, CAST(ROUND((julianday(c."next_at") - julianday(c."at")) * 86400000) AS INTEGER))';
  const accumulate = mysql
    ? 'ON DUPLICATE KEY UPDATE `visits` = `visits` + VALUES(`visits`), `total_ms` = `total_ms` + VALUES(`total_ms`), `longest_ms` = GREATEST(`longest_ms`, VALUES(`longest_ms`))'
    : 'ON CONFLICT ("workflow", "state", "slot") DO UPDATE SET "visits" = "visits" + excluded."visits", "total_ms" = "total_ms" + excluded."total_ms", "longest_ms" = MAX("longest_ms", excluded."longest_ms")';
  const changesState = `(${q('from_state')} IS NULL OR ${q('from_state')} <> ${q('to_state')})`;
  let after = '';
  for (;;) {
    const ids = (await query(
      `SELECT ${q('id')} AS id FROM ${q('workflow_instances')} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT ${CHUNK}`,
      [after],
    )) as Array<{ id: string }>;
    if (!ids.length) return;
    const [first, last] = [ids[0].id, ids[ids.length - 1].id];
    await query(
      `INSERT INTO ${q('state_durations')} (${q('workflow')}, ${q('state')}, ${q('slot')}, ${q('visits')}, ${q('total_ms')}, ${q('longest_ms')})
      SELECT i.${q('workflow')}, s.${q('to_state')}, 0, COUNT(*), SUM(s.${q('ms')}), MAX(s.${q('ms')})
      FROM (
        SELECT c.${q('instance_id')}, c.${q('to_state')}, ${ms} AS ${q('ms')}
        FROM (
          SELECT ${q('instance_id')}, ${q('to_state')}, ${q('at')},
            LEAD(${q('at')}) OVER (PARTITION BY ${q('instance_id')} ORDER BY ${q('revision')}) AS ${q('next_at')}
          FROM ${q('audit_entries')}
          WHERE ${q('instance_id')} BETWEEN ? AND ? AND ${changesState}
        ) c
        WHERE c.${q('next_at')} IS NOT NULL
      ) s
      JOIN ${q('workflow_instances')} i ON i.${q('id')} = s.${q('instance_id')}
      WHERE i.${q('id')} BETWEEN ? AND ?
      GROUP BY i.${q('workflow')}, s.${q('to_state')}
      ${accumulate}`,
      [first, last, first, last],
    );
    await query(
      `UPDATE ${q('workflow_instances')} SET ${q('state_entered_at')} = (
        SELECT MAX(a.${q('at')}) FROM ${q('audit_entries')} a
        WHERE a.${q('instance_id')} = ${q('workflow_instances')}.${q('id')} AND ${changesState.replaceAll(q('from_state'), `a.${q('from_state')}`).replaceAll(q('to_state'), `a.${q('to_state')}`)})
      WHERE ${q('id')} BETWEEN ? AND ?`,
      [first, last],
    );
    after = last;
  }
}
