const KEY = { type: 'string', pattern: '^[a-z][a-z0-9-]{0,63}$' };
const EVENT_TYPE = { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,63}$' };
const DATA = { type: 'object' };

export const CREATE_INSTANCE_SCHEMA = {
  type: 'object',
  required: ['workflow'],
  additionalProperties: false,
  properties: { workflow: KEY, data: DATA },
};

export const SEND_EVENT_SCHEMA = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: EVENT_TYPE,
    data: DATA,
    expectedRevision: { type: 'integer', minimum: 1 },
  },
};

export const LIST_INSTANCES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    workflow: KEY,
    state: { type: 'string', pattern: '^[A-Za-z0-9_.]{1,255}$' },
    status: { enum: ['active', 'done', 'suspended'] },
    q: { type: 'string', minLength: 1, maxLength: 100 },
    limit: { type: 'string', pattern: '^[0-9]{1,3}$' },
    cursor: { type: 'string', pattern: '^[0-9A-Z]{26}$' },
  },
};

