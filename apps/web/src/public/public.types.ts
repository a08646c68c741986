import type {
  CertifiedEnterpriseDto,
  DisclosedEntryDto,
  LocalizedText,
  PublicFundDto,
  PublicGrantDto,
  PublicOutcomeDto,
} from '@yilin/contracts';

// What the transparency API publishes: public facts only, amounts in integer fen.

export type PublicFund = PublicFundDto;

export type PublicGrant = PublicGrantDto;

export type DisclosedEntry = DisclosedEntryDto;

export type PublicEnterprise = CertifiedEnterpriseDto;

export type PublicOutcome = PublicOutcomeDto;

export interface PublicProgress {
  trackingCode: string;
  category: string | null;
  entries: Array<{ state: string; at: string; note: LocalizedText; detail?: string }>;
  disclosure: { summary: string; riskLevel: string | null; outcome: string; publishedAt: string } | null;
}
