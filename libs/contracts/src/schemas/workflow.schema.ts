import { type Static, Type } from 'typebox';

import { LocalizedTextSchema, nullable } from './common.schema';

export const WorkflowStateSchema = Type.Object({
  id: Type.String(),
  path: Type.String(),
  title: LocalizedTextSchema,
  final: Type.Boolean(),
});
export type WorkflowStateDto = Static<typeof WorkflowStateSchema>;

export const WorkflowEventSchema = Type.Object({
  type: Type.String(),
  title: LocalizedTextSchema,
  by: Type.Array(Type.String()),
  system: Type.Boolean(),
  form: Type.Optional(Type.String()),
});
export type WorkflowEventDto = Static<typeof WorkflowEventSchema>;

export const WorkflowSummarySchema = Type.Object({
  key: Type.String(),
  version: Type.Integer(),
  versions: Type.Array(Type.Integer()),
  title: LocalizedTextSchema,
  states: Type.Array(WorkflowStateSchema),
  events: Type.Array(WorkflowEventSchema),
});
export type WorkflowSummaryDto = Static<typeof WorkflowSummarySchema>;

export const WorkflowGraphSchema = Type.Object({
  ...WorkflowSummarySchema.properties,
  graph: Type.Object({
    nodes: Type.Array(
      Type.Object({
        id: Type.String(),
        path: Type.String(),
        parent: nullable(Type.String()),
        type: Type.String(),
        initial: Type.Boolean(),
      }),
    ),
    edges: Type.Array(
      Type.Object({ source: Type.String(), target: Type.String(), event: Type.String(), guarded: Type.Boolean() }),
    ),
  }),
});
export type WorkflowGraphDto = Static<typeof WorkflowGraphSchema>;

export const WorkflowVersionQuerySchema = Type.Object(
  {
    version: Type.Optional(
      Type.String({ pattern: '^[1-9][0-9]{0,5}$', description: 'A published version (the latest unless given)' }),
    ),
  },
  { additionalProperties: false },
);

/** Moves running instances to another version; with `dryRun` (the default) only reports which would not fit. */
export const MigrationRequestSchema = Type.Object(
  {
    fromVersion: Type.Integer({ minimum: 1 }),
    toVersion: Type.Integer({ minimum: 1 }),
    dryRun: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type MigrationRequest = Static<typeof MigrationRequestSchema>;

export const MigrationReportSchema = Type.Object({
  workflow: Type.String(),
  fromVersion: Type.Integer(),
  toVersion: Type.Integer(),
  dryRun: Type.Boolean(),
  checked: Type.Integer(),
  fitting: Type.Array(Type.String()),
  notFitting: Type.Array(Type.Object({ instanceId: Type.String(), reason: Type.String() })),
  migrated: Type.Integer(),
});
export type MigrationReportDto = Static<typeof MigrationReportSchema>;

export const InstanceStatusSchema = Type.Union([
  Type.Literal('active'),
  Type.Literal('done'),
  Type.Literal('suspended'),
]);
export type InstanceStatus = Static<typeof InstanceStatusSchema>;

/** How many instances sit in each state: where the work piles up. */
export const StateCountSchema = Type.Object({
  state: Type.String(),
  status: InstanceStatusSchema,
  count: Type.Integer(),
});
