import type { StoreTransaction } from '../ports/instance-store.port';
import type { AuditRecord, InstanceRecord, OutboxRecord, TimerRecord } from '../ports/records';

/**
 * The transaction with its instance updates, new audit entries, outbox messages and timers held back, to
 * be written by `flush` in one multi-row statement per table: how a batch of many instances' steps costs
 * a few statements instead of a few per step. Only for instances the transaction holds locked, whose
 * revision therefore cannot move (the store checks it again at the flush). Reads of those rows inside the
 * batch do not see them until the flush, so a batch flushes before touching an instance a second time.
 */
export function deferInserts(tx: StoreTransaction): { tx: StoreTransaction; flush(): Promise<void> } {
  const instances: Array<{ instance: InstanceRecord; expectedRevision: number }> = [];
  const audit: AuditRecord[] = [];
  const outbox: OutboxRecord[] = [];
  const timers: TimerRecord[] = [];
  return {
    tx: {
      ...tx,
      updateInstance: async (instance, expectedRevision) => {
        instances.push({ instance, expectedRevision });
        return true;
      },
      appendAudit: async (entry) => {
        audit.push(entry);
      },
      appendAudits: async (entries) => {
        audit.push(...entries);
      },
      addOutbox: async (messages) => {
        outbox.push(...messages);
      },
      addTimers: async (added) => {
        timers.push(...added);
      },
    },
    flush: async () => {
      if (instances.length) await tx.updateInstances(instances.splice(0));
      if (audit.length) await tx.appendAudits(audit.splice(0));
      if (timers.length) await tx.addTimers(timers.splice(0));
      if (outbox.length) await tx.addOutbox(outbox.splice(0));
    },
  };
}
