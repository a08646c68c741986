import type { WorkflowEvent, WorkflowInput } from '@yilin/contracts';
import type { WorkingCalendar } from '@yilin/workflow-common';

/** Admin configuration the engine injects into every new filing as `data.config`. */
export interface RegistrationConfig {
  /** The green channel's promise, in working days from the moment the filing counts. */
  deadlineWorkingDays: number;
  calendar: WorkingCalendar;
  /** Checklist keys of the materials a filing must carry before the pre-check can pass. */
  requiredMaterials: readonly string[];
  certification: {
    distributionCapPercent: number;
    /** Share of profit that must be reinvested; defaults to what the distribution cap leaves. */
    minReinvestedPercent?: number;
  };
}

export interface RegistrationAddress {
  address: string;
  /** e.g. `registered` (住所) or `business` (经营场所); one licence may list several (一照多址). */
  kind?: string;
}

export interface FounderDetails {
  name: string;
  idNumber?: string;
  mobile?: string;
}

/** The filing as the engine passes it to `start` (form data plus injected config). */
export interface RegistrationFiling {
  enterpriseName: string;
  founder: FounderDetails;
  addresses: readonly RegistrationAddress[];
  businessScope: string;
  /** Checklist keys of the materials handed in. */
  materials: readonly string[];
  /** Present when staff file for the founder (业务代办); the engine resolves a username to the user id. */
  onBehalfOf?: { founderUserId: string };
  config: RegistrationConfig;
}

export type RegistrationInput = WorkflowInput<RegistrationFiling>;

export interface MissingMaterialsNotice {
  items: string[];
  note?: string;
  by: string;
  at: string;
}

export interface NameConflict {
  name: string;
  registrationNo?: string;
}

export interface AddressShare {
  address: string;
  /** Registration numbers or names of the enterprises already at that address (一址多照). */
  enterprises: string[];
}

export interface AddressProblem {
  address: string;
  reason: string;
}

export interface CertificationApplication {
  socialGoalFirst: boolean;
  profitReinvestedPercent: number;
  distributionPercent: number;
  statement?: string;
}

export interface CertificationAssessment {
  by: string;
  meetsCriteria: boolean;
  comment?: string;
  at: string;
}

export interface CertificationRecord {
  application: CertificationApplication;
  appliedAt: string;
  assessments: CertificationAssessment[];
  decision: { outcome: 'certified' | 'declined'; reason?: string; by: string; at: string } | null;
}

export interface RegistrationContext {
  instanceId: string;
  filing: Omit<RegistrationFiling, 'config' | 'onBehalfOf'>;
  config: RegistrationConfig;
  founderUserId: string;
  /** User ids who see and act on the filing besides its owner: the founder, when staff filed for them. */
  participants: string[];
  filedBy: 'founder' | 'staff';
  /** The staff member who filed for the founder; null for online filings. */
  filedByStaffId: string | null;
  filedAt: string;
  confirmedAt: string | null;
  notices: MissingMaterialsNotice[];
  nameConflicts: NameConflict[];
  addressShares: AddressShare[];
  addressProblems: AddressProblem[];
  /** When the deadline clock last (re)started; null while it is stopped or has not started. */
  clockStartedAt: string | null;
  /** Working days already spent in earlier running periods (the current period is not included). */
  workingDaysUsed: number;
  deadlineAt: string | null;
  deadlineBreached: boolean;
  decision: { outcome: 'approved' | 'refused' | 'withdrawn'; reason?: string; by: string; at: string } | null;
  registrationNo: string | null;
  registeredAt: string | null;
  certification: CertificationRecord | null;
  certificationHistory: CertificationRecord[];
}

type Event<TType extends string, TData = Record<string, never>> = WorkflowEvent<TType, TData>;

export type RegistrationEvent =
  | Event<'CONFIRM'>
  | Event<'COMPLETE'>
  | Event<'NOTIFY_MISSING', { items: string[]; note?: string }>
  | Event<'SUPPLY_MATERIALS', { materials: string[]; note?: string }>
  | Event<'NAME_CLEARED'>
  | Event<'NAME_TAKEN', { conflicts: NameConflict[] }>
  | Event<'RENAME', { name: string }>
  | Event<'ADDRESSES_CLEARED', { sharedWith: AddressShare[] }>
  | Event<'ADDRESSES_REFUSED', { problems: AddressProblem[] }>
  | Event<'AMEND_ADDRESSES', { addresses: RegistrationAddress[] }>
  | Event<'APPROVE', { comment?: string }>
  | Event<'REFUSE', { reason: string }>
  | Event<'WITHDRAW', { reason?: string }>
  | Event<'LICENCE_ISSUED', { registrationNo: string }>
  | Event<'DEADLINE_BREACHED'>
  | Event<'APPLY_CERTIFICATION', CertificationApplication>
  | Event<'ASSESS', { meetsCriteria: boolean; comment?: string }>
  | Event<'CERTIFY', { comment?: string }>
  | Event<'DECLINE_CERTIFICATION', { reason: string }>
  | Event<'CLOSE', { reason?: string }>;

export type RegistrationEventType = RegistrationEvent['type'];
