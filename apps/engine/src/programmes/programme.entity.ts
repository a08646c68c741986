import { Column, Entity, PrimaryColumn } from 'typeorm';

import { jsonTransformer } from '@engine/database/json.transformer';
import { fenTransformer } from '@engine/funds/fen.transformer';

/** A grant programme (资助项目类别) as admins configure it; grants start with a snapshot of it. */
@Entity('programmes')
export class ProgrammeEntity {
  @PrimaryColumn({ type: 'varchar', length: 26 })
  id!: string;

  @Column({ name: 'fund_id', type: 'varchar', length: 26 })
  fundId!: string;

  @Column({ name: 'form_key', type: 'varchar', length: 100 })
  formKey!: string;

  @Column({ name: 'title_zh', type: 'varchar', length: 200 })
  titleZh!: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  titleEn!: string;

  @Column({ name: 'max_amount', type: 'bigint', transformer: fenTransformer })
  maxAmount!: number;

  @Column({ name: 'small_amount_limit', type: 'bigint', transformer: fenTransformer })
  smallAmountLimit!: number;

  @Column({ name: 'tranche_split', type: 'text', transformer: jsonTransformer })
  trancheSplit!: number[];

  @Column({ name: 'midterm_report_days', type: 'int' })
  midtermReportDays!: number;

  @Column({ name: 'final_report_days', type: 'int' })
  finalReportDays!: number;

  @Column({ name: 'reminder_days', type: 'int' })
  reminderDays!: number;

  @Column({ name: 'overdue_escalation_days', type: 'int' })
  overdueEscalationDays!: number;

  @Column({ name: 'director_sla_hours', type: 'int' })
  directorSlaHours!: number;

  @Column({ name: 'reviewers_required', type: 'int' })
  reviewersRequired!: number;

  @Column({ name: 'review_above_amount', type: 'bigint', nullable: true, transformer: fenTransformer })
  reviewAboveAmount!: number | null;

  @Column({ type: 'boolean' })
  open!: boolean;

  @Column({ name: 'created_at', type: 'datetime', precision: 3 })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime', precision: 3 })
  updatedAt!: Date;
}
