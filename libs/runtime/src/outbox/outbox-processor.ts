import type { InstanceStore } from '../ports/instance-store.port';
import type { OutboxRecord } from '../ports/records';

/**
 * Delivers one kind of outbox message, given its payload as the effect's typed params. Must be idempotent: a
 * message can be delivered more than once.
 */
export type OutboxHandler<TPayload = Record<string, unknown>> = (message: OutboxRecord, payload: TPayload) => Promise<void>;

export type OutboxOutcome = 'done' | 'skipped';

/**
 * Runs an outbox message through its handler and records the attempt. Queues (Bull or in-process) own
 * retries and backoff; this decides what an attempt means for the durable row.
 */
export class OutboxProcessor {
  private readonly handlers = new Map<string, OutboxHandler<unknown>>();

  constructor(private readonly store: InstanceStore) {}

  /**
   * `TPayload` is the params type of the effect named `type`: a machine's effect action wrote the payload with
   * exactly those params, so the handler reads them typed here, once, instead of casting the record itself.
   */
  register<TPayload = Record<string, unknown>>(type: string, handler: OutboxHandler<TPayload>): this {
    this.handlers.set(type, handler as OutboxHandler<unknown>);
    return this;
  }

  handledTypes(): string[] {
    return [...this.handlers.keys()].sort();
  }

  /** Throws when the attempt failed, so the queue retries; `finalAttempt` marks the row failed instead. */
  async process(messageId: string, finalAttempt: boolean): Promise<OutboxOutcome> {
    const message = await this.store.findOutbox(messageId);
    if (!message || message.status !== 'pending') return 'skipped';
    try {
      const handler = this.handlers.get(message.type);
      if (!handler) throw new Error(`No handler for outbox messages of type "${message.type}"`);
      await handler(message, message.payload);
    } catch (error) {
      await this.store.updateOutbox(message.id, {
        status: finalAttempt ? 'failed' : 'pending',
        attempts: message.attempts + 1,
        lastError: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
    await this.store.updateOutbox(message.id, { status: 'done', attempts: message.attempts + 1, lastError: null });
    return 'done';
  }

  /** An admin's retry of a failed message: it becomes pending again, with a fresh count of attempts. */
  async reset(messageId: string): Promise<OutboxRecord | null> {
    const message = await this.store.findOutbox(messageId);
    if (!message || message.status !== 'failed') return null;
    await this.store.updateOutbox(message.id, { status: 'pending', attempts: 0, lastError: message.lastError });
    return { ...message, status: 'pending', attempts: 0 };
  }
}
