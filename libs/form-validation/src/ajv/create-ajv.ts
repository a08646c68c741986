import Ajv from 'ajv';
import type { Options } from 'ajv';

import { AJV_OPTIONS } from './ajv-options.const';
import { configureAjv } from './configure-ajv';

/**
 * A new AJV instance with {@link AJV_OPTIONS} and every Yilin format and keyword. `overrides` may only touch
 * options that do not change what is valid (schema bookkeeping, strictness of the schema check).
 */
export function createAjv(overrides: Options = {}): Ajv {
  return configureAjv(new Ajv({ ...AJV_OPTIONS, ...overrides }));
}
