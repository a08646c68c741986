import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Attachment bytes live in the database, so every API process behind a proxy can serve every file. */
export class AttachmentContents1764960000000 implements MigrationInterface {
  name = 'AttachmentContents1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`attachment_contents\` (
      \`attachment_id\` varchar(26) NOT NULL, \`bytes\` longblob NOT NULL, PRIMARY KEY (\`attachment_id\`))
      ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`attachment_contents\``);
  }
}
