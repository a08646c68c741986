import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export class Forms1764700000000 implements MigrationInterface {
  name = 'Forms1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`forms\` (
      \`key\` varchar(64) NOT NULL, \`draft\` longtext NOT NULL, \`latest_version\` int NULL,
      \`updated_by\` varchar(64) NOT NULL, \`created_at\` datetime(3) NOT NULL, \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`key\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`form_versions\` (
      \`form_key\` varchar(64) NOT NULL, \`version\` int NOT NULL, \`document\` longtext NOT NULL,
      \`published_by\` varchar(64) NOT NULL, \`published_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`form_key\`, \`version\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`attachments\` (
      \`id\` varchar(26) NOT NULL, \`instance_id\` varchar(26) NOT NULL, \`filename\` varchar(255) NOT NULL,
      \`content_type\` varchar(128) NOT NULL, \`size\` int NOT NULL, \`sha256\` varchar(64) NOT NULL,
      \`uploaded_by\` varchar(64) NOT NULL, \`uploaded_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      INDEX \`idx_attachments_instance\` (\`instance_id\`, \`id\`)) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['attachments', 'form_versions', 'forms']) await queryRunner.query(`DROP TABLE \`${table}\``);
  }
}
