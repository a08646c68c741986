import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attachment bytes live in the database, as they do on MariaDB: one place to back up. */
export class AttachmentContents1764960000000 implements MigrationInterface {
  name = 'AttachmentContents1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment_contents" ("attachment_id" varchar(26) PRIMARY KEY NOT NULL, "bytes" blob NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "attachment_contents"`);
  }
}
