import { type Static, Type } from 'typebox';

import { JsonObjectSchema, KeySchema, LocalizedTextSchema, nullable, Timestamp } from './common.schema';
import type { InstanceView } from '../instance-views.dto';
import { InstanceViewSchema, PersonViewSchema } from './instance-view.schema';
import { InstanceStatusSchema } from './workflow.schema';

export const AllowedEventSchema = Type.Object({
  type: Type.String(),
  title: LocalizedTextSchema,
  slot: Type.Optional(Type.String({ description: "The step slot collecting this event's data" })),
  form: Type.Optional(Type.String()),
  schema: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  optional: Type.Optional(
    Type.Boolean({ description: 'Nobody waits for it (withdrawing): it does not make the instance a task' }),
  ),
});
export type AllowedEventDto = Static<typeof AllowedEventSchema>;

const FormRefSchema = nullable(Type.Object({ key: Type.String(), version: Type.Integer() }));

/** An instance as one caller sees it: never the machine's raw context, only its workflow's typed view. */
const RowFields = {
  subject: Type.Optional(Type.String({ description: 'What the instance is about in the words people typed (a project title, an enterprise name)' })),
  applicant: Type.Optional(Type.String({ description: 'Who it is for (an applicant organisation, a founder), as the caller may know them' })),
  amount: Type.Optional(Type.Integer({ description: 'The money it is about, in integer fen' })),
  stateEnteredAt: Type.String({
    format: 'date-time',
    description: 'When the instance reached the state it is in; later steps inside that state leave it alone',
  }),
};

export const InstanceSchema = Type.Object({
  id: Type.String(),
  workflow: Type.String(),
  version: Type.Integer(),
  ...RowFields,
  state: Type.String({ description: 'Dotted path of the active state, e.g. `decision.council`' }),
  stateValue: Type.Unknown(),
  status: InstanceStatusSchema,
  revision: Type.Integer(),
  ownerId: nullable(Type.String()),
  view: InstanceViewSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  allowedEvents: Type.Array(AllowedEventSchema),
});
export type InstanceDto<TView = InstanceView> = Omit<Static<typeof InstanceSchema>, 'view'> & { view: TView };

export const InstanceSummarySchema = Type.Object({
  id: Type.String(),
  workflow: Type.String(),
  version: Type.Integer(),
  ...RowFields,
  state: Type.String(),
  status: InstanceStatusSchema,
  revision: Type.Integer(),
  ownerId: nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type InstanceSummaryDto = Static<typeof InstanceSummarySchema>;

export const InstancePageSchema = Type.Object({
  items: Type.Array(InstanceSummarySchema),
  nextCursor: nullable(Type.String()),
});
export type InstancePageDto = Static<typeof InstancePageSchema>;

/** The instances waiting for the caller: each with the events the caller may send now. */
export const TaskPageSchema = Type.Object({
  items: Type.Array(InstanceSchema),
  nextCursor: nullable(
    Type.String({ description: 'Continue scanning from here; null when every visible instance was looked at' }),
  ),
});
export type TaskPageDto = Omit<Static<typeof TaskPageSchema>, 'items'> & { items: InstanceDto[] };

export const CreateInstanceRequestSchema = Type.Object(
  { workflow: KeySchema, data: Type.Optional(JsonObjectSchema) },
  { additionalProperties: false },
);
export type CreateInstanceRequest = Static<typeof CreateInstanceRequestSchema>;

export const SendEventRequestSchema = Type.Object(
  {
    type: Type.String({ pattern: '^[A-Z][A-Z0-9_]{0,63}$' }),
    data: Type.Optional(JsonObjectSchema),
    expectedRevision: Type.Optional(
      Type.Integer({ minimum: 1, description: 'Refused with 409 when the instance has moved past it' }),
    ),
  },
  { additionalProperties: false },
);
export type SendEventRequest = Static<typeof SendEventRequestSchema>;

export const ListInstancesQuerySchema = Type.Object(
  {
    workflow: Type.Optional(KeySchema),
    state: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.]{1,255}$' })),
    status: Type.Optional(InstanceStatusSchema),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 100,
        description: 'Part of a business key: a project title, an organisation, an enterprise name, a registration number, a tracking code',
      }),
    ),
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9A-Z]{26}$' })),
  },
  { additionalProperties: false },
);
export type ListInstancesQuery = Static<typeof ListInstancesQuerySchema>;

/** A step of an instance's history as one caller sees it: its data cut by the step's form, its actor named or not. */
export const AuditEntrySchema = Type.Object({
  revision: Type.Integer(),
  event: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown(), { description: 'What was submitted, as the caller may see it' }),
  form: FormRefSchema,
  actor: nullable(PersonViewSchema),
  fromState: nullable(Type.String()),
  toState: Type.String(),
  at: Timestamp,
});
export type AuditEntryDto = Static<typeof AuditEntrySchema>;

export const ExportFormatQuerySchema = Type.Object(
  { format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])) },
  { additionalProperties: false },
);

/** An instance and its history as the caller sees them, for keeping. */
export const InstanceExportSchema = Type.Object({
  exportedAt: Timestamp,
  instance: InstanceSchema,
  history: Type.Array(AuditEntrySchema),
});

export const TasksQuerySchema = Type.Object(
  {
    workflow: Type.Optional(KeySchema),
    limit: Type.Optional(Type.String({ pattern: '^[0-9]{1,3}$' })),
    cursor: Type.Optional(Type.String({ pattern: '^[0-9A-Z]{26}$' })),
  },
  { additionalProperties: false },
);
