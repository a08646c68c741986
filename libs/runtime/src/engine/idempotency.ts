import { RuntimeError } from '../errors/runtime.error';
import type { InstanceStore, StoreTransaction } from '../ports/instance-store.port';
import type { CommittedStep } from './commit-step';

interface IdempotentRequest {
  actorId: string;
  key: string | undefined;
  /** A hash of what was asked, so the same key cannot be reused for a different request. */
  fingerprint: string;
  now(): Date;
  /** The instance the work locks first, when known (see InstanceStore.transaction). */
  locksFirst?: string;
}

type Outcome<R> = { committed: CommittedStep | null; response: R };

/**
 * Runs `work` in one transaction. With a key, the response is stored with the work's writes: a retry
 * returns it and applies nothing, the same key with a different request is refused, and of concurrent
 * first attempts one wins the unique key while the others roll back and answer with its response.
 */
export async function runOncePerKey<R>(
  store: InstanceStore,
  request: IdempotentRequest,
  work: (tx: StoreTransaction) => Promise<{ committed: CommittedStep; response: R; instanceId: string }>,
): Promise<Outcome<R>> {
  const { actorId, key, fingerprint } = request;
  if (!key) return store.transaction(work, request.locksFirst);
  const replayOf = (record: { fingerprint: string; response: unknown }): Outcome<R> => {
    if (record.fingerprint !== fingerprint) {
      throw new RuntimeError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request');
    }
    return { committed: null, response: record.response as R };
  };
  try {
    return await store.transaction(async (tx) => {
      const earlier = await tx.findIdempotency(actorId, key);
      if (earlier) return replayOf(earlier);
      const outcome = await work(tx);
      await tx.saveIdempotency({
        actorId,
        key,
        fingerprint,
        instanceId: outcome.instanceId,
        response: outcome.response,
        createdAt: request.now(),
      });
      return outcome;
    }, request.locksFirst);
  } catch (error) {
    const earlier = await store.transaction((tx) => tx.findIdempotency(actorId, key));
    if (earlier) return replayOf(earlier);
    throw error;
  }
}
