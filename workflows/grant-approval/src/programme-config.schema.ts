import type { JsonSchema } from '@yilin/contracts';

const fen = { type: 'integer', minimum: 0 } as const;
const days = { type: 'integer', minimum: 0, maximum: 3650 } as const;

/**
 * JSON Schema for a programme's configuration, as admins edit it. What a schema cannot say (the split
 * sums to 100, the small-amount limit is within the maximum…) is checked by `programmeConfigProblems`.
 */
export const programmeConfigSchema: JsonSchema = {
  $id: 'yilin:grant-approval/programme-config',
  title: 'Grant programme configuration',
  type: 'object',
  additionalProperties: false,
  required: [
    'id',
    'fundId',
    'title',
    'maxAmount',
    'smallAmountLimit',
    'trancheSplit',
    'reportDueDays',
    'reminderDaysBeforeDue',
    'overdueEscalationDays',
    'directorSlaHours',
    'reviewersRequired',
  ],
  properties: {
    id: { type: 'string', minLength: 1 },
    fundId: { type: 'string', minLength: 1 },
    title: { type: 'string', minLength: 1, maxLength: 200 },
    maxAmount: { ...fen, minimum: 1 },
    smallAmountLimit: fen,
    trancheSplit: {
      type: 'array',
      minItems: 1,
      maxItems: 12,
      items: { type: 'integer', minimum: 1, maximum: 100 },
    },
    reportDueDays: {
      type: 'object',
      additionalProperties: false,
      required: ['midterm', 'final'],
      properties: { midterm: { ...days, minimum: 1 }, final: { ...days, minimum: 1 } },
    },
    reminderDaysBeforeDue: days,
    overdueEscalationDays: days,
    directorSlaHours: { type: 'integer', minimum: 1, maximum: 8760 },
    reviewersRequired: { type: 'integer', minimum: 1, maximum: 50 },
    reviewAboveAmount: { ...fen, minimum: 1 },
  },
};

/** JSON Schema for the council configuration. */
export const councilConfigSchema: JsonSchema = {
  $id: 'yilin:grant-approval/council-config',
  title: 'Council configuration',
  type: 'object',
  additionalProperties: false,
  required: ['memberIds'],
  properties: {
    memberIds: { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1 } },
    quorum: {
      type: 'object',
      additionalProperties: false,
      required: ['numerator', 'denominator'],
      properties: {
        numerator: { type: 'integer', minimum: 1 },
        denominator: { type: 'integer', minimum: 1 },
      },
    },
    approvalShareAbove: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
  },
};
