import type { LocalizedText } from '@yilin/contracts';

// What the transparency API publishes: public facts only, amounts in integer fen.

export interface PublicProgress {
  trackingCode: string;
  category: string | null;
  entries: Array<{ state: string; at: string; note: LocalizedText; detail?: string }>;
  disclosure: { summary: string; riskLevel: string | null; outcome: string; publishedAt: string } | null;
}
