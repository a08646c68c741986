import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions that can be ended: a per-user token version (bumped by sign-out and disabling) and a disabled flag. */
export class RevocableSessions1764955000000 implements MigrationInterface {
  name = 'RevocableSessions1764955000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE \`users\` ADD COLUMN \`token_version\` int NOT NULL DEFAULT 0, ADD COLUMN \`disabled\` tinyint NOT NULL DEFAULT 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`users\` DROP COLUMN \`disabled\`, DROP COLUMN \`token_version\``);
  }
}
