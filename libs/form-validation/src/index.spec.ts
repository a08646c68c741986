import * as formValidation from './index';

describe('@yilin/form-validation', () => {
  it('exposes its public API from one entry point', () => {
    expect(Object.keys(formValidation).sort()).toEqual(
      expect.arrayContaining([
        'AJV_OPTIONS',
        'CUSTOM_FORMATS',
        'FormSchemaError',
        'FormValidatorCache',
        'RJSF_VALIDATOR_OPTIONS',
        'SCHEMA_LIMITS',
        'checkSchema',
        'configureAjv',
        'createAjv',
        'disclosureOf',
        'isCnMobile',
        'isCreditCode',
        'isResidentId',
        'localizeErrors',
        'redact',
        'validateData',
      ]),
    );
  });
});
