const fen = { type: 'integer', minimum: 0, maximum: 1_000_000_000_000 };
const days = { type: 'integer', minimum: 0, maximum: 3650 };
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength });

/** The request's shape; the workflow's own schema and rules then judge the numbers. */
export const PROGRAMME_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [
    'fundId',
    'formKey',
    'title',
    'maxAmount',
    'smallAmountLimit',
    'trancheSplit',
    'reportDueDays',
    'reminderDaysBeforeDue',
    'overdueEscalationDays',
    'directorSlaHours',
    'reviewersRequired',
    'open',
  ],
  properties: {
    fundId: text(26),
    formKey: text(100),
    title: {
      type: 'object',
      additionalProperties: false,
      required: ['zh', 'en'],
      properties: { zh: text(200), en: text(200) },
    },
    maxAmount: fen,
    smallAmountLimit: fen,
    trancheSplit: { type: 'array', minItems: 1, maxItems: 12, items: { type: 'integer' } },
    reportDueDays: {
      type: 'object',
      additionalProperties: false,
      required: ['midterm', 'final'],
      properties: { midterm: days, final: days },
    },
    reminderDaysBeforeDue: days,
    overdueEscalationDays: days,
    directorSlaHours: { type: 'integer', minimum: 0, maximum: 8760 },
    reviewersRequired: { type: 'integer', minimum: 0, maximum: 50 },
    reviewAboveAmount: { anyOf: [fen, { type: 'null' }] },
    open: { type: 'boolean' },
  },
};

export const COUNCIL_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['quorum', 'approvalShareAbove', 'memberIds'],
  properties: {
    quorum: {
      type: 'object',
      additionalProperties: false,
      required: ['numerator', 'denominator'],
      properties: { numerator: { type: 'integer' }, denominator: { type: 'integer' } },
    },
    approvalShareAbove: { type: 'number' },
    memberIds: { anyOf: [{ type: 'array', maxItems: 100, items: text(64) }, { type: 'null' }] },
  },
};
