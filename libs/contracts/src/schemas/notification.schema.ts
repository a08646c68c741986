import { type Static, Type } from 'typebox';

import { nullable, Timestamp } from './common.schema';

/** A notice for a person or their role, fed by the workflows' `notify` effects. */
export const NotificationSchema = Type.Object({
  id: Type.String(),
  instanceId: Type.String(),
  workflow: Type.String(),
  template: Type.String(),
  data: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Timestamp,
});
export type NotificationDto = Static<typeof NotificationSchema>;

/** A page of notices, newest first, with how many the reader has not read yet (of all, not of this page). */
export const NotificationPageSchema = Type.Object({
  items: Type.Array(NotificationSchema),
  nextCursor: nullable(Type.String()),
  unread: Type.Integer(),
});
export type NotificationPageDto = Static<typeof NotificationPageSchema>;
