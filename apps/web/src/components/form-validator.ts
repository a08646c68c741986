import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';

import { localizeErrors, RJSF_VALIDATOR_OPTIONS } from '@yilin/form-validation';

type Language = 'zh' | 'en';

const created = new Map<Language, ValidatorType | null>();

// The engine's validator and messages: what passes here passes there. AJV compiles schemas to functions;
// where the page's Content Security Policy forbids that, the form still works and the engine, which
// validates every submission anyway, answers with its sentence.
function real(language: Language): ValidatorType | null {
  if (!created.has(language)) {
    try {
      const validator = customizeValidator(RJSF_VALIDATOR_OPTIONS, localizeErrors(language === 'zh' ? 'zh-CN' : 'en'));
      validator.isValid({ type: 'string' } as RJSFSchema, '', { type: 'string' } as RJSFSchema);
      created.set(language, validator);
    } catch {
      created.set(language, null);
    }
  }
  return created.get(language) ?? null;
}

function guarded(language: Language): ValidatorType {
  return {
    validateFormData(formData, schema, customValidate, transformErrors, uiSchema) {
      const validator = real(language);
      if (!validator) return { errors: [], errorSchema: {} };
      return validator.validateFormData(formData, schema, customValidate, transformErrors, uiSchema);
    },
    isValid(schema, formData, rootSchema) {
      const validator = real(language);
      return validator ? validator.isValid(schema, formData, rootSchema) : false;
    },
    rawValidation(schema, formData) {
      const validator = real(language);
      return validator ? validator.rawValidation(schema, formData) : { errors: [] };
    },
    reset: () => real(language)?.reset?.(),
  };
}

const validators = { zh: guarded('zh'), en: guarded('en') };

export const validatorFor = (language: Language): ValidatorType => validators[language];
