import type { PersonView } from './caller-view';
import type { InstanceView } from './instance-views.dto';
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

export interface InstanceSummaryDto {
  id: string;
  workflow: string;
  version: number;
  /** What the instance is about in the words people typed (a project title, an enterprise name), if any. */
  subject?: string;
  /** Who it is for (an applicant organisation, a founder), as the caller may know them. */
  applicant?: string;
  /** The money it is about, in integer fen. */
  amount?: number;
  state: string;
  /** When the instance reached the state it is in; later steps inside that state leave it alone. */
  stateEnteredAt: string;
  status: InstanceStatus;
  revision: number;
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An instance as one caller sees it: never the machine's raw context, only its workflow's typed view. */
export interface InstanceDto<TView = InstanceView> extends InstanceSummaryDto {
  stateValue: unknown;
  view: TView;
  allowedEvents: AllowedEventDto[];
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

/** A step of an instance's history as one caller sees it: its data cut by the step's form, its actor named or not. */
export interface AuditEntryDto {
  revision: number;
  event: string;
  /** What was submitted, as the caller may see it. */
  data: Record<string, unknown>;
  /** The form that labels `data`; null when the step names none. */
  form: { key: string; version: number } | null;
  /** Null when the caller may not know who took the step (a review's subject, about who raised it). */
  actor: PersonView | null;
  fromState: string | null;
  toState: string;
  at: string;
}
