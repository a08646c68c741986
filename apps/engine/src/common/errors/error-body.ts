import { HttpStatus } from '@nestjs/common';

import type { ErrorBody } from '@yilin/contracts';

export function errorBody(status: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  return { statusCode: status, error: reasonPhrase(status), message, ...extra };
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
