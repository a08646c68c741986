import { HttpStatus } from '@nestjs/common';

import type { ErrorBody } from '@yilin/contracts';

import { errorBody } from '@engine/common/errors/error-body';

import { MAX_JSON_DEPTH } from './json-depth.util';

/** Largest JSON body accepted; larger ones get 413. */
export const BODY_LIMIT = '1mb';
/** `BODY_LIMIT` as Express's body parser reads it: a mebibyte. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** The answers to a JSON body refused before any controller sees it, whichever HTTP adapter read it. */
export const jsonBodyRefusals = {
  tooLarge: (): ErrorBody =>
    errorBody(HttpStatus.PAYLOAD_TOO_LARGE, `The request body is larger than ${BODY_LIMIT}`, {
      code: 'PAYLOAD_TOO_LARGE',
    }),
  tooDeep: (): ErrorBody =>
    errorBody(HttpStatus.BAD_REQUEST, `The request body nests more than ${MAX_JSON_DEPTH} levels deep`, {
      code: 'JSON_TOO_DEEP',
    }),
  unsupported: (what: string): ErrorBody =>
    errorBody(HttpStatus.UNSUPPORTED_MEDIA_TYPE, `Send the request body as plain UTF-8 JSON, not ${what}`, {
      code: 'UNSUPPORTED_BODY_ENCODING',
    }),
  malformed: (status: number = HttpStatus.BAD_REQUEST): ErrorBody =>
    errorBody(status, 'The request body is not valid JSON', { code: 'MALFORMED_JSON' }),
};
