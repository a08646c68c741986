import type { AuditEntryDto, InstanceDto, LocalizedText, Role } from '@yilin/contracts';

import { toCsv } from '@engine/common/csv/csv.util';

import { dataInWords, type FormWords, type KnownWords } from './data-in-words';

/** An instance and its history exactly as the caller sees them: the same views, never the machine's context. */
export interface InstanceExport {
  exportedAt: string;
  instance: InstanceDto;
  history: AuditEntryDto[];
}

export const ROLE_NAMES: Record<Role | 'system', string> = {
  applicant: '申请人',
  staff: '秘书处',
  reviewer: '评审专家',
  director: '秘书长',
  council: '理事会成员',
  supervisor: '监事会成员',
  admin: '管理员',
  system: '系统',
};

export const INSTANCE_HISTORY_CSV_HEADER = [
  '序号 Revision',
  '时间 At',
  '步骤 Step',
  '办理人 By',
  '从 From',
  '到 To',
  '内容 Data',
];

/** The history as CSV rows, one a step, its data as the caller's view of it in words (labels of the step's form). */
export function instanceHistoryCsv(
  exported: InstanceExport,
  eventTitle: (event: string) => LocalizedText | undefined,
  formOf: (form: AuditEntryDto['form']) => FormWords | undefined = () => undefined,
  known: (entry: AuditEntryDto) => KnownWords = () => ({}),
): string {
  const rows = exported.history.map((entry) => [
    entry.revision,
    entry.at,
    eventTitle(entry.event)?.zh ?? entry.event,
    entry.actor ? (entry.actor.name ?? ROLE_NAMES[entry.actor.role] ?? entry.actor.role) : '',
    entry.fromState ?? '',
    entry.toState,
    dataInWords(entry.data, formOf(entry.form), known(entry)),
  ]);
  return toCsv(INSTANCE_HISTORY_CSV_HEADER, rows);
}
