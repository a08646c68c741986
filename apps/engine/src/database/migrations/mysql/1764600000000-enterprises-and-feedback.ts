import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE_OPTIONS = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
// Normalised names and addresses compare byte for byte: the engine has already folded width and case,
// and the default collation would also equate characters that make different names.
const EXACT = 'CHARACTER SET utf8mb4 COLLATE utf8mb4_bin';

export class EnterprisesAndFeedback1764600000000 implements MigrationInterface {
  name = 'EnterprisesAndFeedback1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`enterprises\` (
      \`id\` varchar(26) NOT NULL, \`registration_instance_id\` varchar(26) NOT NULL,
      \`name\` varchar(255) NOT NULL, \`normalized_name\` varchar(255) ${EXACT} NOT NULL,
      \`registration_no\` varchar(18) ${EXACT} NOT NULL, \`founder_user_id\` varchar(64) NOT NULL,
      \`registered_at\` datetime(3) NOT NULL, \`certified_at\` datetime(3) NULL,
      \`referred_to_incubation_at\` datetime(3) NULL,
      PRIMARY KEY (\`id\`),
      UNIQUE INDEX \`uq_enterprises_instance\` (\`registration_instance_id\`),
      UNIQUE INDEX \`uq_enterprises_name\` (\`normalized_name\`),
      UNIQUE INDEX \`uq_enterprises_registration_no\` (\`registration_no\`),
      INDEX \`idx_enterprises_certified\` (\`certified_at\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`enterprise_addresses\` (
      \`enterprise_id\` varchar(26) NOT NULL, \`normalized_address\` varchar(255) ${EXACT} NOT NULL,
      \`address\` varchar(255) NOT NULL, \`kind\` varchar(32) NULL,
      PRIMARY KEY (\`enterprise_id\`, \`normalized_address\`),
      INDEX \`idx_enterprise_addresses_address\` (\`normalized_address\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`registration_settings\` (
      \`id\` varchar(32) NOT NULL, \`settings\` text NOT NULL, \`updated_by\` varchar(64) NOT NULL,
      \`updated_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`id\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`supervisory_reviews\` (
      \`review_id\` varchar(26) NOT NULL, \`tracking_code\` varchar(16) ${EXACT} NOT NULL,
      \`source\` varchar(16) NOT NULL, \`raised_at\` datetime(3) NOT NULL, \`disclosure\` text NULL,
      \`published_at\` datetime(3) NULL,
      PRIMARY KEY (\`review_id\`),
      UNIQUE INDEX \`uq_supervisory_reviews_tracking_code\` (\`tracking_code\`),
      INDEX \`idx_supervisory_reviews_published\` (\`published_at\`)) ${TABLE_OPTIONS}`);
    await queryRunner.query(`CREATE TABLE \`public_feedback\` (
      \`review_id\` varchar(26) NOT NULL, \`contact\` text NULL, \`filer_user_id\` varchar(64) NULL,
      \`created_at\` datetime(3) NOT NULL,
      PRIMARY KEY (\`review_id\`)) ${TABLE_OPTIONS}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['public_feedback', 'supervisory_reviews', 'registration_settings', 'enterprise_addresses', 'enterprises']) {
      await queryRunner.query(`DROP TABLE \`${table}\``);
    }
  }
}
