import { MigrationInterface, QueryRunner } from 'typeorm';

/** Live orders shown on placement (已下单) before they are paid; the session's placed count. */
export class LivePlacedOrders1796423069271 implements MigrationInterface {
  name = 'LivePlacedOrders1796423069271';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "live_order_placed" ("order_id" uuid NOT NULL, "session_id" uuid NOT NULL, "buyer_id" uuid NOT NULL, "unit_id" uuid, "ticker_text" text NOT NULL, "placed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_live_order_placed" PRIMARY KEY ("order_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_live_order_placed_session" ON "live_order_placed" ("session_id", "placed_at") `);
    await queryRunner.query(`ALTER TABLE "live_session" ADD "placed_count" integer NOT NULL DEFAULT 0`);
    // Orders placed before: every live order there is was placed in its session.
    await queryRunner.query(
      `UPDATE live_session s SET placed_count = x.n FROM (SELECT live_session_id AS id, count(*)::int AS n FROM shop_order WHERE live_session_id IS NOT NULL GROUP BY 1) x WHERE x.id = s.id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "live_session" DROP COLUMN "placed_count"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_live_order_placed_session"`);
    await queryRunner.query(`DROP TABLE "live_order_placed"`);
  }
}
