import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export class InitialSchema1764400000000 implements MigrationInterface {
  name = 'InitialSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`workflow_instances\` (
      \`id\` varchar(26) NOT NULL, \`workflow\` varchar(64) NOT NULL, \`version\` int NOT NULL,
      \`state\` varchar(255) NOT NULL, \`snapshot\` longtext NOT NULL, \`status\` varchar(16) NOT NULL,
      \`revision\` int NOT NULL, \`owner_id\` varchar(64) NOT NULL, \`participants\` text NOT NULL,
      \`form_pins\` text NOT NULL,
      \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      INDEX \`idx_instances_workflow_state\` (\`workflow\`, \`state\`, \`id\`),
      INDEX \`idx_instances_owner\` (\`owner_id\`, \`id\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`instance_participants\` (
      \`instance_id\` varchar(26) NOT NULL, \`user_id\` varchar(64) NOT NULL,
      PRIMARY KEY (\`instance_id\`, \`user_id\`),
      INDEX \`idx_participants_user\` (\`user_id\`, \`instance_id\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`audit_entries\` (
      \`id\` varchar(26) NOT NULL, \`instance_id\` varchar(26) NOT NULL, \`revision\` int NOT NULL,
      \`event\` varchar(64) NOT NULL, \`data\` longtext NOT NULL, \`actor\` text NOT NULL,
      \`from_state\` varchar(255) NULL, \`to_state\` varchar(255) NOT NULL, \`at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE INDEX \`uq_audit_instance_revision\` (\`instance_id\`, \`revision\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`outbox_messages\` (
      \`id\` varchar(26) NOT NULL, \`instance_id\` varchar(26) NOT NULL, \`type\` varchar(64) NOT NULL,
      \`payload\` longtext NOT NULL, \`status\` varchar(16) NOT NULL, \`attempts\` int NOT NULL,
      \`last_error\` text NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      INDEX \`idx_outbox_status_created\` (\`status\`, \`created_at\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`timers\` (
      \`id\` varchar(26) NOT NULL, \`instance_id\` varchar(26) NOT NULL, \`name\` varchar(64) NOT NULL,
      \`event\` text NOT NULL, \`due_at\` datetime(3) NOT NULL, \`status\` varchar(16) NOT NULL,
      \`created_at\` datetime(3) NOT NULL, \`fired_at\` datetime(3) NULL,
      PRIMARY KEY (\`id\`),
      INDEX \`idx_timers_status_due\` (\`status\`, \`due_at\`),
      INDEX \`idx_timers_instance\` (\`instance_id\`, \`status\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`idempotency_keys\` (
      \`actor_id\` varchar(64) NOT NULL, \`key\` varchar(128) NOT NULL, \`fingerprint\` varchar(64) NOT NULL,
      \`instance_id\` varchar(26) NOT NULL, \`response\` longtext NOT NULL, \`created_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`actor_id\`, \`key\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`users\` (
      \`id\` varchar(26) NOT NULL, \`username\` varchar(64) NOT NULL, \`display_name\` varchar(128) NOT NULL,
      \`password_hash\` varchar(255) NOT NULL, \`roles\` text NOT NULL, \`created_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`), UNIQUE INDEX \`uq_users_username\` (\`username\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`notifications\` (
      \`id\` varchar(40) NOT NULL, \`recipient\` varchar(80) NOT NULL, \`instance_id\` varchar(26) NOT NULL,
      \`workflow\` varchar(64) NOT NULL, \`template\` varchar(64) NOT NULL, \`data\` longtext NOT NULL,
      \`created_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`), INDEX \`idx_notifications_recipient\` (\`recipient\`, \`created_at\`)) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'users', 'idempotency_keys', 'timers', 'outbox_messages', 'audit_entries', 'instance_participants', 'workflow_instances']) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
  }
}
