import type { EventDataValidator } from '@yilin/runtime';
import { compileFormSchema, createValidationAjv, type FormValidator } from '@yilin/form-validation';
import { bilingualIssues } from '@engine/common/validation/bilingual-issues.util';

/**
 * Validates event data with the shared validator the browser uses. Inline schemas come from workflow
 * definitions, which live as long as the process, so each compiles once.
 */
export class SchemaDataValidator implements EventDataValidator {
  private readonly ajv = createValidationAjv();
  private readonly compiled = new WeakMap<object, FormValidator>();

  async validate({ schema, data }: Parameters<EventDataValidator['validate']>[0]) {
    if (!schema) return { issues: [] };
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = compileFormSchema(this.ajv, schema);
      this.compiled.set(schema, validate);
    }
    const compiled = validate;
    return { issues: bilingualIssues((locale) => compiled(data, locale)) };
  }
}
