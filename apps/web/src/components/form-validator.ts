import { customizeValidator } from '@rjsf/validator-ajv8';

import { localizeErrors, RJSF_VALIDATOR_OPTIONS } from '@yilin/form-validation';

// The engine's validator and messages: what passes here passes there.
const validators = {
  zh: customizeValidator(RJSF_VALIDATOR_OPTIONS, localizeErrors('zh-CN')),
  en: customizeValidator(RJSF_VALIDATOR_OPTIONS, localizeErrors('en')),
};

export const validatorFor = (language: 'zh' | 'en') => validators[language];
