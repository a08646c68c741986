import { type Static, Type } from 'typebox';

import { localizedInput, LocalizedTextSchema, nullable, Timestamp } from './common.schema';

// A grant programme's configuration, written once: the grant-approval workflow validates the snapshot a
// grant starts with against `ProgrammeConfigSchema`, admins edit it as `ProgrammeRequestSchema`, and the
// API returns it as `ProgrammeSchema`. What a schema cannot say (the split sums to 100, the small-amount
// limit is within the maximum…) is checked by the workflow's `programmeConfigProblems`.

const days = (minimum: number) => Type.Integer({ minimum, maximum: 3650 });
const fen = (minimum: number) => Type.Integer({ minimum, maximum: 1_000_000_000_000, description: 'Integer fen' });

/** The rules a programme sets for its grants. */
const programmeTerms = {
  maxAmount: { ...fen(1), description: 'Integer fen; applications above it cannot be submitted' },
  smallAmountLimit: {
    ...fen(0),
    description: 'Integer fen; at or below it the director decides, above it the council votes',
  },
  trancheSplit: Type.Array(Type.Integer({ minimum: 1, maximum: 100 }), {
    minItems: 1,
    maxItems: 12,
    description: 'Percent per tranche, summing to 100, e.g. [60, 40]',
  }),
  reportDueDays: Type.Object(
    { midterm: days(1), final: days(1) },
    { additionalProperties: false, description: 'Days after the agreement is confirmed' },
  ),
  reminderDaysBeforeDue: days(0),
  overdueEscalationDays: {
    ...days(0),
    description: 'Days a report may stay overdue before a supervisory review is raised',
  },
  directorSlaHours: Type.Integer({ minimum: 1, maximum: 8760 }),
  reviewersRequired: Type.Integer({ minimum: 1, maximum: 50 }),
};

const REVIEW_ABOVE = 'Integer fen; approving at or above it raises a supervisory review (risk rule)';

/** A programme (资助项目类别) as the grant-approval workflow receives it when a grant starts. */
export const ProgrammeConfigSchema = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    fundId: Type.String({ minLength: 1 }),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    ...programmeTerms,
    reviewAboveAmount: Type.Optional({ ...fen(1), description: REVIEW_ABOVE }),
  },
  { additionalProperties: false, title: 'Grant programme configuration' },
);
export type ProgrammeConfig = Static<typeof ProgrammeConfigSchema>;

/** A programme as admins edit it; amounts in integer fen. */
export const ProgrammeRequestSchema = Type.Object(
  {
    fundId: Type.String({ minLength: 1, maxLength: 26 }),
    formKey: Type.String({ minLength: 1, maxLength: 100 }),
    title: localizedInput(200),
    ...programmeTerms,
    reviewAboveAmount: Type.Optional(nullable({ ...fen(1), description: REVIEW_ABOVE })),
    open: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ProgrammeRequest = Static<typeof ProgrammeRequestSchema>;

/** A programme as the API returns it. */
export const ProgrammeSchema = Type.Object({
  id: Type.String(),
  ...ProgrammeRequestSchema.properties,
  title: LocalizedTextSchema,
  reviewAboveAmount: nullable(Type.Integer({ description: REVIEW_ABOVE })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ProgrammeDto = Static<typeof ProgrammeSchema>;

const FractionSchema = Type.Object(
  { numerator: Type.Integer({ minimum: 1 }), denominator: Type.Integer({ minimum: 1 }) },
  { additionalProperties: false },
);
export type Fraction = Static<typeof FractionSchema>;
const approvalShareAbove = Type.Number({
  minimum: 0,
  exclusiveMaximum: 1,
  description: 'Approve votes must exceed this share of approve + reject votes',
});
const quorum = { ...FractionSchema, description: 'Share of the whole council that must take part' };

/** The council (理事会) as the grant-approval workflow receives it when a grant starts. */
export const CouncilConfigSchema = Type.Object(
  {
    memberIds: Type.Array(Type.String({ minLength: 1 }), { minItems: 1, uniqueItems: true }),
    quorum: Type.Optional(quorum),
    approvalShareAbove: Type.Optional(approvalShareAbove),
  },
  { additionalProperties: false, title: 'Council configuration' },
);
export type CouncilConfig = Static<typeof CouncilConfigSchema>;

export const CouncilSettingsRequestSchema = Type.Object(
  {
    quorum,
    approvalShareAbove,
    memberIds: nullable(
      Type.Array(Type.String({ minLength: 1, maxLength: 64 }), {
        maxItems: 100,
        description: 'Null: whoever holds the council role when a grant starts',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CouncilSettingsRequest = Static<typeof CouncilSettingsRequestSchema>;

export const CouncilMemberSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
});
export type CouncilMemberDto = Static<typeof CouncilMemberSchema>;

export const CouncilSettingsSchema = Type.Object({
  ...CouncilSettingsRequestSchema.properties,
  members: Type.Array(CouncilMemberSchema, { description: 'Who would vote on a grant starting now' }),
  updatedAt: nullable(Timestamp),
});
export type CouncilSettingsDto = Static<typeof CouncilSettingsSchema>;
