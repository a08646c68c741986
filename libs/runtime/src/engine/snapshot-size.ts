import { RuntimeError } from '../errors/runtime.error';
import type { MachineStep } from './machine-step';

/** Largest stored instance (its persisted snapshot as JSON) a person's event may produce: 256 KiB. */
export const DEFAULT_MAX_SNAPSHOT_BYTES = 256 * 1024;

/**
 * Refuses a person's event that would grow the instance past `limit` bytes: repeated drafts of new keys would
 * otherwise grow an application, and every list and task that carries it, without bound.
 */
export function refuseOversizedSnapshot(step: MachineStep, limit: number): void {
  const bytes = new TextEncoder().encode(JSON.stringify(step.persisted)).length;
  if (bytes <= limit) return;
  throw new RuntimeError(
    'INSTANCE_TOO_LARGE',
    `This would make the record ${kib(bytes)} KiB; at most ${kib(limit)} KiB may be stored. Shorten the text or remove attachments you no longer need.`,
    { bytes, limit },
  );
}

const kib = (bytes: number) => Math.ceil(bytes / 1024);
