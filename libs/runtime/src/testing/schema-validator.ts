import Ajv, { type ValidateFunction } from 'ajv';

import type { EventDataValidator } from '../ports/event-data-validator.port';

/** Inline-schema validation only, for runtime tests that do not involve the form registry. */
export function inlineSchemaValidator(): EventDataValidator {
  const ajv = new Ajv({ allErrors: true });
  const compiled = new WeakMap<object, ValidateFunction>();
  return {
    async validate({ schema, data }) {
      if (!schema) return { issues: [] };
      const validate = compiled.get(schema) ?? ajv.compile(schema);
      compiled.set(schema, validate);
      if (validate(data)) return { issues: [] };
      return {
        issues: (validate.errors ?? []).map((error) => ({
          path:
            error.keyword === 'required'
              ? `${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}`
              : error.instancePath,
          message: error.message ?? 'is not valid',
          keyword: error.keyword,
        })),
      };
    },
  };
}
