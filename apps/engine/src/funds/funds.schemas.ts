const localized = {
  type: 'object',
  additionalProperties: false,
  required: ['zh', 'en'],
  properties: { zh: { type: 'string', minLength: 1, maxLength: 200 }, en: { type: 'string', minLength: 1, maxLength: 200 } },
};

export const CREATE_FUND_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['code', 'kind', 'name'],
  properties: {
    code: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,63}$' },
    kind: { enum: ['special', 'micro'] },
    name: localized,
  },
};

export const DONATION_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['amount'],
  properties: {
    /** Integer fen, at most 100 million yuan at a time. */
    amount: { type: 'integer', minimum: 1, maximum: 10_000_000_000 },
    note: { type: 'string', maxLength: 500 },
  },
};

export const CSV_FORMAT_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: { format: { enum: ['json', 'csv'] } },
};
