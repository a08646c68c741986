import type { LocalizedText } from '@yilin/contracts';

/** A fund as the admin API returns it; every amount in integer fen. */
export interface FundView {
  id: string;
  code: string;
  kind: 'special' | 'micro';
  name: LocalizedText;
  balances: { received: number; granted: number; reserved: number; released: number; disbursed: number; available: number };
}

export interface LedgerEntryView {
  id: string;
  kind: 'donation' | 'reservation' | 'release' | 'disbursement';
  amount: number;
  grantId: string | null;
  tranche: number | null;
  note: string | null;
  /** The fund's available balance right after the entry. */
  availableAfter: number;
  at: string;
}

export interface FundDetailView extends FundView {
  ledger: LedgerEntryView[];
}

/** The green channel's settings as the admin API returns them; dates are Shanghai `YYYY-MM-DD`. */
export interface RegistrationSettingsView {
  deadlineWorkingDays: number;
  requiredMaterials: string[];
  holidays: string[];
  makeUpWorkingDays: string[];
  certification: { distributionCapPercent: number; minReinvestedPercent?: number };
  updatedAt: string | null;
  updatedBy: string | null;
  calendarCoverage: { nextYear: number; covered: boolean; warn: boolean };
}
