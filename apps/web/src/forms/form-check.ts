import type { FieldIssue } from '@yilin/contracts';
import { compileFormSchema, createValidationAjv, type FormValidator } from '@yilin/form-validation';

// Loaded on demand by the light renderer (AJV is most of its weight): the engine's own validator and
// messages, so what passes here passes there and a refusal reads the same before and after sending.
const ajv = createValidationAjv();
const compiled = new WeakMap<object, FormValidator>();

/** What a person must fix in `data` for the published `schema`, in their language. */
export function checkForm(schema: Record<string, unknown>, data: Record<string, unknown>, language: 'zh' | 'en'): FieldIssue[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compileFormSchema(ajv, schema);
    compiled.set(schema, validate);
  }
  return validate(data, language === 'zh' ? 'zh-CN' : 'en');
}
