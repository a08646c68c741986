import type { JsonSchema } from '@yilin/contracts';

export const FORM_KEY_PATTERN = '^[a-z][a-z0-9-]{0,63}$';

const texts: JsonSchema = { type: 'object', additionalProperties: { type: 'string' } };

export const FORM_DOCUMENT_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['schema', 'uiSchema', 'labels'],
  properties: {
    schema: { type: 'object' },
    uiSchema: { type: 'object' },
    labels: { type: 'object', additionalProperties: false, required: ['zh', 'en'], properties: { zh: texts, en: texts } },
  },
};

export const CREATE_FORM_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['key'],
  properties: { key: { type: 'string', pattern: FORM_KEY_PATTERN }, draft: FORM_DOCUMENT_SCHEMA },
};

export const SAVE_DRAFT_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['draft'],
  properties: { draft: FORM_DOCUMENT_SCHEMA },
};

export const CHECK_DRAFT_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { draft: FORM_DOCUMENT_SCHEMA },
};

export const DIFF_QUERY_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: { from: { type: 'string', pattern: '^[1-9][0-9]{0,8}$' }, to: { type: 'string', pattern: '^([1-9][0-9]{0,8}|draft)$' } },
};
