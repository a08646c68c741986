import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EnterprisesAndFeedback1764600000000 implements MigrationInterface {
  name = 'EnterprisesAndFeedback1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "enterprises" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "registration_instance_id" varchar(26) NOT NULL,
      "name" varchar(255) NOT NULL, "normalized_name" varchar(255) NOT NULL, "registration_no" varchar(18) NOT NULL,
      "founder_user_id" varchar(64) NOT NULL, "registered_at" datetime NOT NULL, "certified_at" datetime,
      "referred_to_incubation_at" datetime,
      CONSTRAINT "uq_enterprises_instance" UNIQUE ("registration_instance_id"),
      CONSTRAINT "uq_enterprises_name" UNIQUE ("normalized_name"),
      CONSTRAINT "uq_enterprises_registration_no" UNIQUE ("registration_no"))`);
    await queryRunner.query(`CREATE INDEX "idx_enterprises_certified" ON "enterprises" ("certified_at")`);
    await queryRunner.query(`CREATE TABLE "enterprise_addresses" (
      "enterprise_id" varchar(26) NOT NULL, "normalized_address" varchar(255) NOT NULL,
      "address" varchar(255) NOT NULL, "kind" varchar(32),
      PRIMARY KEY ("enterprise_id", "normalized_address"))`);
    await queryRunner.query(`CREATE INDEX "idx_enterprise_addresses_address" ON "enterprise_addresses" ("normalized_address")`);
    await queryRunner.query(`CREATE TABLE "registration_settings" (
      "id" varchar(32) PRIMARY KEY NOT NULL, "settings" text NOT NULL, "updated_by" varchar(64) NOT NULL,
      "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "supervisory_reviews" (
      "review_id" varchar(26) PRIMARY KEY NOT NULL, "tracking_code" varchar(16) NOT NULL, "source" varchar(16) NOT NULL,
      "raised_at" datetime NOT NULL, "disclosure" text, "published_at" datetime,
      CONSTRAINT "uq_supervisory_reviews_tracking_code" UNIQUE ("tracking_code"))`);
    await queryRunner.query(`CREATE INDEX "idx_supervisory_reviews_published" ON "supervisory_reviews" ("published_at")`);
    await queryRunner.query(`CREATE TABLE "public_feedback" (
      "review_id" varchar(26) PRIMARY KEY NOT NULL, "contact" text, "filer_user_id" varchar(64),
      "created_at" datetime NOT NULL)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['public_feedback', 'supervisory_reviews', 'registration_settings', 'enterprise_addresses', 'enterprises']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
