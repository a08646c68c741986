import { type Static, Type } from 'typebox';

import { Timestamp } from './common.schema';

/** Who is handling a task; a claim lapses once the instance leaves the state it was claimed in. */
export const ClaimSchema = Type.Object({
  instanceId: Type.String(),
  userId: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  claimedAt: Timestamp,
});
export type ClaimDto = Static<typeof ClaimSchema>;

// Ids of 1–26 characters joined by single commas. Written with look-aheads because a repeated group of
// repetitions is refused as a pattern that could backtrack; 2,699 characters hold 100 ids of 26.
export const ClaimsQuerySchema = Type.Object(
  {
    ids: Type.String({
      maxLength: 2699,
      pattern: '^(?!,)(?!.*,,)(?!.*,$)(?!.*[^,]{27})[0-9A-Za-z_,-]+$',
      description: 'Instance ids separated by commas (at most 100)',
      examples: ['01JB0000000000000000000000'],
    }),
  },
  { additionalProperties: false },
);

/** A timer whose due time has passed without it firing. */
export const OverdueTimerSchema = Type.Object({
  timerId: Type.String(),
  name: Type.String(),
  dueAt: Timestamp,
  instanceId: Type.String(),
  workflow: Type.String(),
  state: Type.String(),
});
export type OverdueTimerDto = Static<typeof OverdueTimerSchema>;

/** An active instance nobody has moved for a while. */
export const StuckInstanceSchema = Type.Object({
  instanceId: Type.String(),
  workflow: Type.String(),
  state: Type.String(),
  updatedAt: Timestamp,
  idleDays: Type.Integer(),
});
export type StuckInstanceDto = Static<typeof StuckInstanceSchema>;

export const AttentionSchema = Type.Object({
  stuckDays: Type.Integer(),
  overdueTimers: Type.Array(OverdueTimerSchema),
  stuckInstances: Type.Array(StuckInstanceSchema),
});
export type AttentionDto = Static<typeof AttentionSchema>;

/** How long instances stay in a state once they enter it, over the most recent instances of a workflow. */
export const TimeInStateSchema = Type.Object({
  state: Type.String(),
  visits: Type.Integer(),
  averageMs: Type.Number(),
  longestMs: Type.Number(),
});
export type TimeInStateDto = Static<typeof TimeInStateSchema>;

export const AttentionQuerySchema = Type.Object(
  {
    stuckDays: Type.Optional(
      Type.String({
        pattern: '^[1-9][0-9]{0,2}$',
        description: 'Days without a move that make an instance stuck (7 unless given)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A side effect (notice, timer, link) that failed all its attempts, for an admin to retry. */
export const FailedJobSchema = Type.Object({
  id: Type.String(),
  instanceId: Type.String(),
  type: Type.String(),
  payload: Type.Record(Type.String(), Type.Unknown()),
  attempts: Type.Integer(),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type FailedJobDto = Static<typeof FailedJobSchema>;

export const RetriedJobSchema = Type.Object({ id: Type.String(), status: Type.Literal('pending') });

export const QueueDashboardSessionSchema = Type.Object({
  url: Type.String({ description: 'Where the dashboard opens' }),
});
