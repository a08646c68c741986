import type { IncomingMessage } from 'node:http';

import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** Printable ASCII up to 128 characters, as the IETF draft on the header suggests. */
const VALID_KEY = /^[\x21-\x7e]{1,128}$/;

/** The request's `Idempotency-Key` header, if any; a malformed one is a 400. */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<IncomingMessage>().headers['idempotency-key'];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !VALID_KEY.test(value)) {
    throw new BadRequestException({
      message: 'The Idempotency-Key header must be 1–128 printable ASCII characters',
      code: 'INVALID_REQUEST',
    });
  }
  return value;
});
