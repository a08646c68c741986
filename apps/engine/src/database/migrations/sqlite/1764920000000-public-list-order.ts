import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The public lists page by (time, id): their indexes end in the id, so a page starts where the last one stopped. */
export class PublicListOrder1764920000000 implements MigrationInterface {
  name = 'PublicListOrder1764920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_enterprises_certified"`);
    await queryRunner.query(`CREATE INDEX "idx_enterprises_certified" ON "enterprises" ("certified_at", "id")`);
    await queryRunner.query(`DROP INDEX "idx_supervisory_reviews_published"`);
    await queryRunner.query(
      `CREATE INDEX "idx_supervisory_reviews_published" ON "supervisory_reviews" ("published_at", "review_id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_supervisory_reviews_published"`);
    await queryRunner.query(`CREATE INDEX "idx_supervisory_reviews_published" ON "supervisory_reviews" ("published_at")`);
    await queryRunner.query(`DROP INDEX "idx_enterprises_certified"`);
    await queryRunner.query(`CREATE INDEX "idx_enterprises_certified" ON "enterprises" ("certified_at")`);
  }
}
