import { HttpStatus } from '@nestjs/common';

import type { RuntimeErrorCode } from '@yilin/runtime';

/** Every runtime refusal has exactly one status; adding a code without one fails the type check. */
export const RUNTIME_ERROR_STATUS: Record<RuntimeErrorCode, HttpStatus> = {
  WORKFLOW_NOT_FOUND: HttpStatus.NOT_FOUND,
  INSTANCE_NOT_FOUND: HttpStatus.NOT_FOUND,
  UNKNOWN_EVENT: HttpStatus.BAD_REQUEST,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  EVENT_NOT_ALLOWED: HttpStatus.CONFLICT,
  EVENT_REJECTED: HttpStatus.CONFLICT,
  REVISION_CONFLICT: HttpStatus.CONFLICT,
  IDEMPOTENCY_KEY_REUSED: HttpStatus.UNPROCESSABLE_ENTITY,
  INVALID_DATA: HttpStatus.UNPROCESSABLE_ENTITY,
  INSTANCE_TOO_LARGE: HttpStatus.UNPROCESSABLE_ENTITY,
  INVALID_ASSIGNEE: HttpStatus.UNPROCESSABLE_ENTITY,
  INVALID_DEFINITION: HttpStatus.INTERNAL_SERVER_ERROR,
  MIGRATION_INVALID: HttpStatus.BAD_REQUEST,
};
