import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductRatingsIndex1796505480294 implements MigrationInterface {
  name = 'ProductRatingsIndex1796505480294';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_order_line_product" ON "order_line" ("product_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_order_line_product"`);
  }
}
