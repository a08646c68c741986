import type { LocalizedText } from '@yilin/contracts';

/** A programme as the API lists it to applicants (amounts in fen). */
export interface ProgrammeView {
  id: string;
  fundId: string;
  formKey: string;
  title: LocalizedText;
  maxAmount: number;
  smallAmountLimit: number;
  reportDueDays: { midterm: number; final: number };
  open: boolean;
}
