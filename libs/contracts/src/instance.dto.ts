import type { LocalizedText } from './roles';

export type InstanceStatus = 'active' | 'done' | 'suspended';

export interface AllowedEventDto {
  type: string;
  title: LocalizedText;
  /** The step slot collecting this event's data; its bound form is what the server validates against. */
  slot?: string;
  form?: string;
  schema?: Record<string, unknown>;
  /** Nobody waits for it (withdrawing): it does not make the instance a task. */
  optional?: boolean;
}

export interface InstanceDto {
  id: string;
  workflow: string;
  version: number;
  /** Dotted path of the active state, e.g. `decision.council`. */
  state: string;
  stateValue: unknown;
  status: InstanceStatus;
  revision: number;
  ownerId: string;
  context: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  allowedEvents: AllowedEventDto[];
}

export interface InstanceSummaryDto {
  id: string;
  workflow: string;
  version: number;
  /** What the instance is about in the words people typed (a project title, an enterprise name), if any. */
  subject?: string;
  state: string;
  status: InstanceStatus;
  revision: number;
  ownerId: string;
  createdAt: string;
  updatedAt: string;
}

export interface InstancePageDto {
  items: InstanceSummaryDto[];
  nextCursor: string | null;
}

/** The instances waiting for the caller: each with the events the caller may send now. */
export interface TaskPageDto {
  items: InstanceDto[];
  /** Continue scanning from here; null when every visible instance was looked at. */
  nextCursor: string | null;
}

export interface CreateInstanceRequest {
  workflow: string;
  data?: Record<string, unknown>;
}

export interface SendEventRequest {
  type: string;
  data?: Record<string, unknown>;
  expectedRevision?: number;
}

export interface AuditEntryDto {
  revision: number;
  event: string;
  data: Record<string, unknown>;
  actor: { id: string; username: string; roles: string[] };
  fromState: string | null;
  toState: string;
  at: string;
}
