import type { Options } from 'ajv';

import { safeRegExp } from '../patterns/safe-reg-exp';

/**
 * AJV options shared by the engine and the browser. Every option that changes what is valid is pinned here, on
 * top of rjsf's own defaults, so passing this as rjsf's `ajvOptionsOverrides` makes both instances agree.
 * `strict` is off for validation because rjsf compiles schemas of its own; published schemas have already passed
 * the strict {@link checkSchema}. Patterns compile through {@link safeRegExp}, which refuses catastrophic ones.
 */
export const AJV_OPTIONS: Readonly<Options> = {
  allErrors: true,
  strict: false,
  strictNumbers: true,
  multipleOfPrecision: 8,
  discriminator: false,
  validateFormats: true,
  verbose: true,
  code: { regExp: safeRegExp },
};
