import type { StoreProbe } from '@test/faults/support/store-probe';

/** An event the engine answered 200/201 to: it must be in the history under this revision. */
export interface Acknowledged {
  instanceId: string;
  revision: number;
  event: string;
}

interface TimerRow {
  id: string;
  instance_id: string;
  name: string;
  event: string;
  status: string;
}

interface OutboxRow {
  id: string;
  type: string;
  payload: string;
  status: string;
}

interface AuditRow {
  instance_id: string;
  revision: number;
  event: string;
  to_state: string;
}

// Long enough ago to be due on any clock; written in the format both drivers store and compare.
const LONG_AGO = '2000-01-01 00:00:00.000';

/** Makes pending timers of `name` due now: the tests cannot wait the hour a real deadline takes. */
export async function expireTimers(probe: StoreProbe, name: string): Promise<number> {
  const pending = await probe.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM timers WHERE status = 'pending' AND name = ?`, [name]);
  await probe.execute(`UPDATE timers SET due_at = ? WHERE status = 'pending' AND name = ?`, [LONG_AGO, name]);
  return Number(pending[0]?.n ?? 0);
}

export async function countByStatus(probe: StoreProbe, table: 'timers' | 'outbox_messages'): Promise<Record<string, number>> {
  const rows = await probe.rows<{ status: string; n: number }>(`SELECT status, COUNT(*) AS n FROM ${table} GROUP BY status`);
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

/** Throws until every outbox message is delivered and no timer of `timerName` is still pending. */
export async function effectsSettled(probe: StoreProbe, timerName: string): Promise<void> {
  const outbox = await countByStatus(probe, 'outbox_messages');
  const pendingTimers = await probe.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM timers WHERE status = 'pending' AND name = ?`, [timerName]);
  const undelivered = Object.entries(outbox).filter(([status]) => status !== 'done');
  if (undelivered.length || Number(pendingTimers[0]?.n ?? 0) > 0) {
    throw new Error(`not settled: outbox ${JSON.stringify(outbox)}, pending ${timerName} timers ${pendingTimers[0]?.n}`);
  }
}

export interface ExactlyOnceReport {
  timersFired: number;
  /** Timer rows whose event does not appear exactly once in their instance's history. */
  timerEventMismatches: string[];
  notifyMessages: number;
  notifications: number;
  /** Notify messages whose notices are missing or doubled. */
  deliveryMismatches: string[];
}

/**
 * Each fired timer's event is in its instance's history exactly once; each delivered notify message left
 * exactly one notice per recipient.
 */
export async function exactlyOnce(probe: StoreProbe, timerName: string): Promise<ExactlyOnceReport> {
  const timers = await probe.rows<TimerRow>(`SELECT id, instance_id, name, event, status FROM timers WHERE name = ?`, [timerName]);
  const fired = timers.filter((timer) => timer.status === 'fired');
  const timerEventMismatches: string[] = [];
  for (const timer of fired) {
    const type = (JSON.parse(timer.event) as { type: string }).type;
    const entries = await probe.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM audit_entries WHERE instance_id = ? AND event = ?`, [
      timer.instance_id,
      type,
    ]);
    const firedHere = fired.filter((other) => other.instance_id === timer.instance_id && other.event === timer.event).length;
    if (Number(entries[0]?.n) !== firedHere) timerEventMismatches.push(`${timer.instance_id} ${type}: ${entries[0]?.n} entries`);
  }

  const messages = await probe.rows<OutboxRow>(`SELECT id, type, payload, status FROM outbox_messages WHERE type = 'notify'`);
  const notices = await probe.rows<{ id: string }>(`SELECT id FROM notifications`);
  const perMessage = new Map<string, number>();
  for (const notice of notices) {
    const messageId = notice.id.split(':')[0];
    perMessage.set(messageId, (perMessage.get(messageId) ?? 0) + 1);
  }
  const deliveryMismatches: string[] = [];
  for (const message of messages) {
    const to = (JSON.parse(message.payload) as { to: { userIds?: string[]; roles?: string[]; owner?: boolean } }).to;
    const recipients = new Set([...(to.userIds ?? []).map((id) => `u${id}`), ...(to.roles ?? []).map((role) => `r${role}`)]).size + (to.owner ? 1 : 0);
    const delivered = perMessage.get(message.id) ?? 0;
    if (message.status !== 'done' || delivered !== recipients) {
      deliveryMismatches.push(`${message.id} (${message.status}): ${delivered} of ${recipients} notices`);
    }
  }
  return {
    timersFired: fired.length,
    timerEventMismatches,
    notifyMessages: messages.length,
    notifications: notices.length,
    deliveryMismatches,
  };
}

export interface WholenessReport {
  instances: number;
  auditEntries: number;
  /** Instances whose history has gaps, or whose snapshot disagrees with its last audit entry. */
  broken: string[];
  /** Acknowledged events missing from the history. */
  lost: string[];
}

/** Every instance's revisions run 1..n with no gap, and its stored state is the last entry's target. */
export async function instancesWhole(probe: StoreProbe, acknowledged: Acknowledged[] = []): Promise<WholenessReport> {
  const instances = await probe.rows<{ id: string; state: string; revision: number }>(`SELECT id, state, revision FROM workflow_instances`);
  const audit = await probe.rows<AuditRow>(`SELECT instance_id, revision, event, to_state FROM audit_entries ORDER BY instance_id, revision`);
  const history = new Map<string, AuditRow[]>();
  for (const entry of audit) history.set(entry.instance_id, [...(history.get(entry.instance_id) ?? []), entry]);
  const broken: string[] = [];
  for (const instance of instances) {
    const entries = history.get(instance.id) ?? [];
    const gap = entries.findIndex((entry, index) => Number(entry.revision) !== index + 1);
    const last = entries.at(-1);
    if (gap >= 0) broken.push(`${instance.id}: revision ${entries[gap].revision} at position ${gap + 1}`);
    if (!last || Number(last.revision) !== Number(instance.revision) || last.to_state !== instance.state) {
      broken.push(`${instance.id}: stored ${instance.state}@${instance.revision}, history ends ${last?.to_state}@${last?.revision}`);
    }
    history.delete(instance.id);
  }
  broken.push(...[...history.keys()].map((id) => `${id}: history without an instance`));
  const recorded = new Set(audit.map((entry) => `${entry.event} on ${entry.instance_id} @${Number(entry.revision)}`));
  const lost = acknowledged.map((ack) => `${ack.event} on ${ack.instanceId} @${ack.revision}`).filter((key) => !recorded.has(key));
  return { instances: instances.length, auditEntries: audit.length, broken, lost };
}
