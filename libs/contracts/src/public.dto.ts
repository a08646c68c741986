import type { LocalizedText } from './roles';

// What the transparency pages (公开) publish: public facts only, amounts in integer fen, never personal data.

/** A fund: what came in, what was granted, what is left. */
export interface PublicFundDto {
  id: string;
  code: string;
  kind: 'special' | 'micro';
  name: LocalizedText;
  received: number;
  granted: number;
  disbursed: number;
  available: number;
}

/** An approved grant: the organisation and the money, never who applied. */
export interface PublicGrantDto {
  grantId: string;
  programme: string;
  organisation: string;
  title: string;
  fund: LocalizedText;
  amount: number;
  disbursed: number;
  released: number;
  state: string;
  stateTitle: LocalizedText;
  approvedAt: string;
}

/** One step of an approved grant, as its forms disclose it. */
export interface DisclosedEntryDto {
  revision: number;
  event: string;
  title: LocalizedText;
  toState: string;
  at: string;
  /** Who acted, by role only: names are personal data. */
  actorRoles: string[];
  /** What the step's form marks public (masked fields partly hidden); nothing for steps without a form. */
  data: Record<string, unknown>;
  /** The form's labels of the top-level fields shown. */
  labels: Record<string, LocalizedText>;
}

export interface CertifiedEnterpriseDto {
  name: string;
  registrationNo: string;
  certifiedAt: string;
}

/** A published supervisory outcome exactly as the review disclosed it. */
export interface PublicOutcomeDto {
  summary: string;
  outcome: 'no-issue' | 'issue';
  riskLevel: 'low' | 'medium' | 'high' | null;
  publishedAt: string;
}

/** What anyone holding a feedback tracking code may see: phases, notes for the filer, the published outcome. */
export interface PublicProgressDto {
  trackingCode: string;
  source: string;
  category: string | null;
  entries: Array<{ state: string; at: string; note: LocalizedText; detail?: string }>;
  disclosure: PublicOutcomeDto | null;
}
