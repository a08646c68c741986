import type { InstanceStore, OutboxProcessor } from '@yilin/runtime';

/**
 * Demo seeding drives the real runtime, whose answers (name checks, licences…) come through the outbox.
 * This delivers the pending messages of `types` for one instance now, round after round, so the seed can
 * go on from the state the answers lead to. Handlers are idempotent, so the queue delivering them too is harmless.
 */
export async function settleEffects(
  store: InstanceStore,
  outbox: OutboxProcessor,
  instanceId: string,
  types: readonly string[],
): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    const pending = (await store.listOutbox({ status: 'pending', limit: 1000 })).filter(
      (message) => message.instanceId === instanceId && types.includes(message.type),
    );
    if (!pending.length) return;
    for (const message of pending) await outbox.process(message.id, false).catch(() => undefined);
  }
}
