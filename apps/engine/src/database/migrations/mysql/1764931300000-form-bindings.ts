import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

export class FormBindings1764931300000 implements MigrationInterface {
  name = 'FormBindings1764931300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`form_bindings\` (
      \`id\` varchar(26) NOT NULL, \`workflow\` varchar(100) NOT NULL, \`slot\` varchar(100) NOT NULL,
      \`scope\` varchar(100) NOT NULL, \`form_key\` varchar(64) NOT NULL, \`bound_by\` varchar(64) NOT NULL,
      \`bound_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`),
      INDEX \`idx_form_bindings_slot\` (\`workflow\`, \`slot\`, \`scope\`, \`bound_at\`)) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`form_bindings\``);
  }
}
