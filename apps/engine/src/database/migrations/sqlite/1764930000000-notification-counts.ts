import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Unread notices counted as they arrive: delivered per recipient, and how many of them each person has seen. */
export class NotificationCounts1764930000000 implements MigrationInterface {
  name = 'NotificationCounts1764930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification_counts" (
      "recipient" varchar(80) PRIMARY KEY NOT NULL, "delivered" integer NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "notification_reads" (
      "user_id" varchar(64) NOT NULL, "recipient" varchar(80) NOT NULL, "seen" integer NOT NULL,
      PRIMARY KEY ("user_id", "recipient"))`);
    await queryRunner.query(`INSERT INTO "notification_counts" ("recipient", "delivered")
      SELECT "recipient", COUNT(*) FROM "notifications" GROUP BY "recipient"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_reads"`);
    await queryRunner.query(`DROP TABLE "notification_counts"`);
  }
}
