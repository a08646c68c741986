import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764400000000 implements MigrationInterface {
  name = 'InitialSchema1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "workflow_instances" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "workflow" varchar(64) NOT NULL, "version" integer NOT NULL,
      "state" varchar(255) NOT NULL, "snapshot" text NOT NULL, "status" varchar(16) NOT NULL,
      "revision" integer NOT NULL, "owner_id" varchar(64) NOT NULL, "participants" text NOT NULL,
      "form_pins" text NOT NULL,
      "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_instances_workflow_state" ON "workflow_instances" ("workflow", "state", "id")`);
    await queryRunner.query(`CREATE INDEX "idx_instances_owner" ON "workflow_instances" ("owner_id", "id")`);
    await queryRunner.query(`CREATE TABLE "instance_participants" (
      "instance_id" varchar(26) NOT NULL, "user_id" varchar(64) NOT NULL, PRIMARY KEY ("instance_id", "user_id"))`);
    await queryRunner.query(`CREATE INDEX "idx_participants_user" ON "instance_participants" ("user_id", "instance_id")`);
    await queryRunner.query(`CREATE TABLE "audit_entries" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "instance_id" varchar(26) NOT NULL, "revision" integer NOT NULL,
      "event" varchar(64) NOT NULL, "data" text NOT NULL, "actor" text NOT NULL, "from_state" varchar(255),
      "to_state" varchar(255) NOT NULL, "at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_audit_instance_revision" ON "audit_entries" ("instance_id", "revision")`);
    await queryRunner.query(`CREATE TABLE "outbox_messages" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "instance_id" varchar(26) NOT NULL, "type" varchar(64) NOT NULL,
      "payload" text NOT NULL, "status" varchar(16) NOT NULL, "attempts" integer NOT NULL, "last_error" text,
      "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_outbox_status_created" ON "outbox_messages" ("status", "created_at")`);
    await queryRunner.query(`CREATE TABLE "timers" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "instance_id" varchar(26) NOT NULL, "name" varchar(64) NOT NULL,
      "event" text NOT NULL, "due_at" datetime NOT NULL, "status" varchar(16) NOT NULL,
      "created_at" datetime NOT NULL, "fired_at" datetime)`);
    await queryRunner.query(`CREATE INDEX "idx_timers_status_due" ON "timers" ("status", "due_at")`);
    await queryRunner.query(`CREATE INDEX "idx_timers_instance" ON "timers" ("instance_id", "status")`);
    await queryRunner.query(`CREATE TABLE "idempotency_keys" (
      "actor_id" varchar(64) NOT NULL, "key" varchar(128) NOT NULL, "fingerprint" varchar(64) NOT NULL,
      "instance_id" varchar(26) NOT NULL, "response" text NOT NULL, "created_at" datetime NOT NULL,
      PRIMARY KEY ("actor_id", "key"))`);
    await queryRunner.query(`CREATE TABLE "users" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(128) NOT NULL,
      "password_hash" varchar(255) NOT NULL, "roles" text NOT NULL, "created_at" datetime NOT NULL,
      CONSTRAINT "uq_users_username" UNIQUE ("username"))`);
    await queryRunner.query(`CREATE TABLE "notifications" (
      "id" varchar(40) PRIMARY KEY NOT NULL, "recipient" varchar(80) NOT NULL, "instance_id" varchar(26) NOT NULL,
      "workflow" varchar(64) NOT NULL, "template" varchar(64) NOT NULL, "data" text NOT NULL,
      "created_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_notifications_recipient" ON "notifications" ("recipient", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'users', 'idempotency_keys', 'timers', 'outbox_messages', 'audit_entries', 'instance_participants', 'workflow_instances']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
