import type { LocalizedText } from '@yilin/contracts';

// What the transparency API publishes: public facts only, amounts in integer fen.

export interface PublicFund {
  id: string;
  code: string;
  kind: 'special' | 'micro';
  name: LocalizedText;
  received: number;
  granted: number;
  disbursed: number;
  available: number;
}

export interface PublicGrant {
  grantId: string;
  programme: string;
  organisation: string;
  title: string;
  fund: LocalizedText;
  amount: number;
  disbursed: number;
  stateTitle: LocalizedText;
  approvedAt: string;
}

/** One step of an approved grant, as its forms disclose it. */
export interface DisclosedEntry {
  revision: number;
  event: string;
  title: LocalizedText;
  toState: string;
  at: string;
  actorRoles: string[];
  data: Record<string, unknown>;
  labels: Record<string, LocalizedText>;
}

export interface PublicEnterprise {
  name: string;
  registrationNo: string;
  certifiedAt: string;
}

export interface PublicOutcome {
  summary: string;
  outcome: string;
  riskLevel: string | null;
  publishedAt: string;
}

export interface PublicProgress {
  trackingCode: string;
  category: string | null;
  entries: Array<{ state: string; at: string; note: LocalizedText; detail?: string }>;
  disclosure: { summary: string; riskLevel: string | null; outcome: string; publishedAt: string } | null;
}
