/** A Bull job of the `outbox` queue: deliver one outbox message. */
export interface OutboxJob {
  messageId: string;
}

export const OUTBOX_QUEUE = 'outbox';
