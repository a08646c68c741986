import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export class FundsAndProgrammes1764500000000 implements MigrationInterface {
  name = 'FundsAndProgrammes1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`funds\` (
      \`id\` varchar(26) NOT NULL, \`code\` varchar(64) NOT NULL, \`kind\` varchar(16) NOT NULL,
      \`name_zh\` varchar(200) NOT NULL, \`name_en\` varchar(200) NOT NULL,
      \`received\` bigint NOT NULL, \`reserved\` bigint NOT NULL, \`released\` bigint NOT NULL, \`disbursed\` bigint NOT NULL,
      \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE INDEX \`uq_funds_code\` (\`code\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`fund_ledger_entries\` (
      \`id\` varchar(26) NOT NULL, \`fund_id\` varchar(26) NOT NULL, \`kind\` varchar(16) NOT NULL,
      \`amount\` bigint NOT NULL, \`grant_id\` varchar(26) NULL, \`reservation_id\` varchar(26) NULL, \`tranche\` int NULL,
      \`entry_key\` varchar(191) NOT NULL, \`note\` varchar(500) NULL, \`actor_id\` varchar(64) NULL,
      \`created_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE INDEX \`uq_ledger_entry_key\` (\`entry_key\`),
      INDEX \`idx_ledger_fund\` (\`fund_id\`, \`id\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`fund_reservations\` (
      \`id\` varchar(26) NOT NULL, \`grant_id\` varchar(26) NOT NULL, \`fund_id\` varchar(26) NOT NULL,
      \`programme_id\` varchar(64) NULL, \`programme_title\` varchar(200) NOT NULL, \`organisation\` varchar(200) NOT NULL,
      \`title\` varchar(200) NOT NULL, \`status\` varchar(16) NOT NULL, \`requested\` bigint NOT NULL,
      \`amount\` bigint NOT NULL, \`disbursed\` bigint NOT NULL, \`released\` bigint NOT NULL,
      \`refusal_reason\` varchar(500) NULL, \`available_at_refusal\` bigint NULL,
      \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE INDEX \`uq_reservations_grant\` (\`grant_id\`),
      INDEX \`idx_reservations_status\` (\`status\`, \`id\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`programmes\` (
      \`id\` varchar(26) NOT NULL, \`fund_id\` varchar(26) NOT NULL, \`form_key\` varchar(100) NOT NULL,
      \`title_zh\` varchar(200) NOT NULL, \`title_en\` varchar(200) NOT NULL,
      \`max_amount\` bigint NOT NULL, \`small_amount_limit\` bigint NOT NULL, \`tranche_split\` text NOT NULL,
      \`midterm_report_days\` int NOT NULL, \`final_report_days\` int NOT NULL, \`reminder_days\` int NOT NULL,
      \`overdue_escalation_days\` int NOT NULL, \`director_sla_hours\` int NOT NULL,
      \`reviewers_required\` int NOT NULL, \`review_above_amount\` bigint NULL, \`open\` tinyint(1) NOT NULL,
      \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`council_settings\` (
      \`id\` varchar(16) NOT NULL, \`quorum_numerator\` int NOT NULL, \`quorum_denominator\` int NOT NULL,
      \`approval_share_above\` double NOT NULL, \`member_ids\` text NULL, \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`)) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['council_settings', 'programmes', 'fund_reservations', 'fund_ledger_entries', 'funds']) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
  }
}
