import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Forms1764700000000 implements MigrationInterface {
  name = 'Forms1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "forms" (
      "key" varchar(64) PRIMARY KEY NOT NULL, "draft" text NOT NULL, "latest_version" integer,
      "updated_by" varchar(64) NOT NULL, "created_at" datetime NOT NULL, "updated_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE TABLE "form_versions" (
      "form_key" varchar(64) NOT NULL, "version" integer NOT NULL, "document" text NOT NULL,
      "published_by" varchar(64) NOT NULL, "published_at" datetime NOT NULL, PRIMARY KEY ("form_key", "version"))`);
    await queryRunner.query(`CREATE TABLE "attachments" (
      "id" varchar(26) PRIMARY KEY NOT NULL, "instance_id" varchar(26) NOT NULL, "filename" varchar(255) NOT NULL,
      "content_type" varchar(128) NOT NULL, "size" integer NOT NULL, "sha256" varchar(64) NOT NULL,
      "uploaded_by" varchar(64) NOT NULL, "uploaded_at" datetime NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "idx_attachments_instance" ON "attachments" ("instance_id", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['attachments', 'form_versions', 'forms']) await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
