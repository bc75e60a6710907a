import { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveRunOfShow1796506199016 implements MigrationInterface {
  name = 'LiveRunOfShow1796506199016';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_session" ADD "current_offer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "live_order_placed" ADD "sku_ids" uuid array NOT NULL DEFAULT '{}'`);
    // placements made before: their SKUs from the orders' lines (the host console counts 已下单 per product by them)
    await queryRunner.query(
      `UPDATE "live_order_placed" p SET "sku_ids" = l.skus FROM (SELECT order_id, array_agg(sku_id ORDER BY id) AS skus FROM order_line GROUP BY order_id) l WHERE l.order_id = p.order_id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_order_placed" DROP COLUMN "sku_ids"`);
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "current_offer_id"`);
  }
}
