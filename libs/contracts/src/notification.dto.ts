/** A notice for a person or their role, fed by the workflows' `notify` effects. */
export interface NotificationDto {
  id: string;
  instanceId: string;
  workflow: string;
  template: string;
  data: Record<string, unknown>;
  createdAt: string;
}
