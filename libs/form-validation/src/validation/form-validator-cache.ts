import type Ajv from 'ajv';

import type { FieldIssue } from '@yilin/contracts';

import type { Locale } from '../messages/locale';
import { compileFormSchema, createValidationAjv } from './compile-form-schema';
import type { FormValidator } from './compile-form-schema';

/** Options of {@link FormValidatorCache}. */
export interface FormValidatorCacheOptions {
  /** Compiled validators kept; the least recently used one is dropped beyond this. Default 500. */
  maxEntries?: number;
}

/**
 * Compiled validators by a caller-given key naming one immutable schema, e.g. `grant-application@3`: each form
 * version is checked and compiled once. The key must change whenever the schema does; published form versions
 * never change, which is what makes the key enough.
 */
export class FormValidatorCache {
  private readonly ajv: Ajv = createValidationAjv();
  private readonly validators = new Map<string, FormValidator>();
  private readonly maxEntries: number;
  private compiled = 0;

  constructor(options: FormValidatorCacheOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 500);
  }

  /**
   * The validator for `cacheKey`, compiling `schema` on first use.
   *
   * @param schema the schema, or a function loading it, called only on a cache miss.
   * @throws FormSchemaError when the schema fails {@link checkSchema}; nothing is cached then.
   */
  get(cacheKey: string, schema: unknown | (() => unknown)): FormValidator {
    const cached = this.validators.get(cacheKey);
    if (cached) {
      // Re-inserting moves the key to the end: Map order doubles as the recency order.
      this.validators.delete(cacheKey);
      this.validators.set(cacheKey, cached);
      return cached;
    }
    const validator = compileFormSchema(this.ajv, typeof schema === 'function' ? schema() : schema, cacheKey);
    this.compiled += 1;
    this.validators.set(cacheKey, validator);
    if (this.validators.size > this.maxEntries) this.validators.delete(this.validators.keys().next().value as string);
    return validator;
  }

  /** Validates `data` with the validator for `cacheKey`; see {@link FormValidatorCache.get}. */
  validate(cacheKey: string, schema: unknown | (() => unknown), data: unknown, locale?: Locale): FieldIssue[] {
    return this.get(cacheKey, schema)(data, locale);
  }

  /** Whether `cacheKey` has a compiled validator. */
  has(cacheKey: string): boolean {
    return this.validators.has(cacheKey);
  }

  /** Validators currently cached. */
  get size(): number {
    return this.validators.size;
  }

  /** Schemas compiled since this cache was created; a hit does not count. */
  get compileCount(): number {
    return this.compiled;
  }

  /** Forgets every compiled validator. */
  clear(): void {
    this.validators.clear();
  }
}
