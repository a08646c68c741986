/** A notice for a person or their role, fed by the workflows' `notify` effects. */
export interface NotificationDto {
  id: string;
  instanceId: string;
  workflow: string;
  template: string;
  data: Record<string, unknown>;
  createdAt: string;
}

/** A page of notices, newest first, with how many the reader has not read yet (of all, not of this page). */
export interface NotificationPageDto {
  items: NotificationDto[];
  nextCursor: string | null;
  unread: number;
}
