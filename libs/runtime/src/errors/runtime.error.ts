import type { Refusal } from '@yilin/contracts';

/** Every refusal the runtime can give. The engine maps each code to one HTTP status, exhaustively. */
export type RuntimeErrorCode =
  | 'WORKFLOW_NOT_FOUND'
  | 'INSTANCE_NOT_FOUND'
  | 'UNKNOWN_EVENT'
  | 'FORBIDDEN'
  | 'EVENT_NOT_ALLOWED'
  | 'EVENT_REJECTED'
  | 'REVISION_CONFLICT'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INVALID_DATA'
  | 'INSTANCE_TOO_LARGE'
  | 'INVALID_ASSIGNEE'
  | 'INVALID_DEFINITION'
  | 'MIGRATION_INVALID';

export class RuntimeError extends Error {
  constructor(
    readonly code: RuntimeErrorCode,
    message: string,
    readonly details?: unknown,
    /** For `EVENT_REJECTED`: the rule that refused, with its sentence in both languages. */
    readonly refusal?: Refusal,
  ) {
    super(message);
    this.name = 'RuntimeError';
  }
}

export function isRuntimeError(error: unknown): error is RuntimeError {
  return error instanceof RuntimeError;
}
