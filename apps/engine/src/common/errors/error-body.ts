import { HttpStatus } from '@nestjs/common';

import type { ErrorBody } from '@yilin/contracts';

/** Issues an error lists; a person fixes the first ones first, and a hostile body must not get a huge answer. */
export const MAX_ERROR_DETAILS = 20;

export function errorBody(status: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  const body: ErrorBody = { statusCode: status, error: reasonPhrase(status), message, ...extra };
  if (Array.isArray(body.details) && body.details.length > MAX_ERROR_DETAILS) {
    const omitted = body.details.length - MAX_ERROR_DETAILS;
    body.details = body.details.slice(0, MAX_ERROR_DETAILS);
    body.detailsOmitted = omitted;
    body.message = `${message} (${omitted} more not listed)`;
  }
  return body;
}

/** Reason phrases as people read them: "NOT_FOUND" → "Not Found". */
export function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}
