import { type Static, Type } from 'typebox';

import { LocalizedTextSchema, Timestamp } from './common.schema';

export const HealthWarningSchema = Type.Object({
  code: Type.Literal('HOLIDAYS_MISSING'),
  message: LocalizedTextSchema,
  details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
});
export type HealthWarning = Static<typeof HealthWarningSchema>;

export const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  db: Type.Object({
    status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    driver: Type.Union([Type.Literal('sqlite'), Type.Literal('mysql')]),
  }),
  queue: Type.Object({
    status: Type.Union([Type.Literal('up'), Type.Literal('down')]),
    driver: Type.Union([Type.Literal('bull'), Type.Literal('in-process')]),
  }),
  warnings: Type.Array(HealthWarningSchema, {
    description: 'What an admin should see to before it matters; the engine still runs',
  }),
});
export type HealthDto = Static<typeof HealthSchema>;

/** The engine's clock as admins see it; `manual` when MANUAL_CLOCK lets them move it. */
export const ClockSchema = Type.Object({
  now: Timestamp,
  manual: Type.Boolean(),
  offsetMs: Type.Number({ description: "How far the clock runs ahead of the system's, in milliseconds" }),
});
export type ClockDto = Static<typeof ClockSchema>;

/** Moves a manual clock: to an instant (`at`), or forward by a duration. Never backwards. */
export const MoveClockRequestSchema = Type.Object(
  {
    at: Type.Optional(Type.String({ format: 'date-time' })),
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 3660 })),
    hours: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
    minutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type MoveClockRequest = Static<typeof MoveClockRequestSchema>;
