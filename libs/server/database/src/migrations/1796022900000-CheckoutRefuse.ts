import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * checkout_refuse(reason, detail) raises, so that the checkout statement — which
 * reserves stock, holds per-buyer limits and writes the orders in ONE autocommit
 * statement — can abort itself, undoing every part of it, when the address is
 * not the buyer's, a limit would be passed, or a SKU is short. The API maps the
 * raised reason back to the buyer's message (CheckoutService).
 */
export class CheckoutRefuse1796022900000 implements MigrationInterface {
  name = 'CheckoutRefuse1796022900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION checkout_refuse(reason text, detail text) RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
       BEGIN
         RAISE EXCEPTION USING ERRCODE = 'P0001', MESSAGE = 'checkout_refused:' || reason, DETAIL = COALESCE(detail, '');
       END
       $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION checkout_refuse(text, text)`);
  }
}
