import type { HttpStatus } from '@nestjs/common';

/**
 * A refusal from one of the engine's own domains (funds, forms, users…). Each domain declares its codes
 * with their statuses next to it; the filter turns them into the common error body.
 */
export class DomainError extends Error {
  constructor(
    readonly status: HttpStatus,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
