import { type Static, Type } from 'typebox';

import { nullable, Timestamp } from './common.schema';

const date = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' });
const percent = Type.Number({ minimum: 0, maximum: 100 });

/** What admins configure for the green channel; injected into every new filing as its `config`. */
export const RegistrationSettingsRequestSchema = Type.Object(
  {
    deadlineWorkingDays: Type.Integer({
      minimum: 1,
      maximum: 60,
      description: "The green channel's promise in working days",
    }),
    requiredMaterials: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      maxItems: 50,
      description: 'Checklist of the materials a filing must carry (their names are also their keys)',
    }),
    holidays: Type.Array(date, { maxItems: 400, description: 'Shanghai dates that are days off' }),
    makeUpWorkingDays: Type.Array(date, { maxItems: 100, description: 'Weekend dates that are working days (调休)' }),
    certification: Type.Object(
      { distributionCapPercent: percent, minReinvestedPercent: Type.Optional(percent) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type RegistrationSettings = Static<typeof RegistrationSettingsRequestSchema>;

/** Whether the working calendar holds the coming year. */
export const CalendarCoverageSchema = Type.Object({
  nextYear: Type.Integer({ description: 'The year whose holidays deadlines will soon need' }),
  covered: Type.Boolean({ description: 'Whether the calendar holds any holiday or make-up working day in that year' }),
  warn: Type.Boolean({ description: 'From 1 October, when the coming year is not covered' }),
});
export type CalendarCoverage = Static<typeof CalendarCoverageSchema>;

export const RegistrationSettingsSchema = Type.Object({
  ...RegistrationSettingsRequestSchema.properties,
  updatedAt: nullable(Timestamp),
  updatedBy: nullable(Type.String()),
  calendarCoverage: CalendarCoverageSchema,
});
export type RegistrationSettingsDto = Static<typeof RegistrationSettingsSchema>;

export const RegistrationDeadlineSchema = Type.Object({
  instanceId: Type.String(),
  deadlineWorkingDays: Type.Integer(),
  deadlineAt: nullable({
    ...Timestamp,
    description: 'When the running clock reaches the deadline; null while stopped',
  }),
  workingDaysLeft: Type.Integer({ description: 'Negative once overdue' }),
  clockStopped: Type.Boolean(),
  breached: Type.Boolean(),
});
export type RegistrationDeadlineDto = Static<typeof RegistrationDeadlineSchema>;
