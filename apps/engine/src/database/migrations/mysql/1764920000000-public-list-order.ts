import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The public lists page by (time, id): their indexes end in the id, so a page starts where the last one stopped. */
export class PublicListOrder1764920000000 implements MigrationInterface {
  name = 'PublicListOrder1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`enterprises\` DROP INDEX \`idx_enterprises_certified\`,
      ADD INDEX \`idx_enterprises_certified\` (\`certified_at\`, \`id\`)`);
    await queryRunner.query(`ALTER TABLE \`supervisory_reviews\` DROP INDEX \`idx_supervisory_reviews_published\`,
      ADD INDEX \`idx_supervisory_reviews_published\` (\`published_at\`, \`review_id\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`supervisory_reviews\` DROP INDEX \`idx_supervisory_reviews_published\`,
      ADD INDEX \`idx_supervisory_reviews_published\` (\`published_at\`)`);
    await queryRunner.query(`ALTER TABLE \`enterprises\` DROP INDEX \`idx_enterprises_certified\`,
      ADD INDEX \`idx_enterprises_certified\` (\`certified_at\`)`);
  }
}
