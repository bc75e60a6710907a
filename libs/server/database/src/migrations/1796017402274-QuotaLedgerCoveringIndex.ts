import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit dashboard reads a unit's ledger rows for the year (monthly trend, top
 * products/suppliers, members): the index now carries those columns so the read
 * is an index-only scan instead of one heap page per row. TypeORM cannot declare
 * INCLUDE columns, so the entity marks this index synchronize: false.
 */
export class QuotaLedgerCoveringIndex1796017402274 implements MigrationInterface {
  name = 'QuotaLedgerCoveringIndex1796017402274';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_unit_year_idx"`);
    await queryRunner.query(
      `CREATE INDEX "quota_ledger_unit_year_idx" ON "quota_ledger" ("unit_id", "year", "occurred_at") INCLUDE ("kind", "amount_fen", "product_id", "supplier_id", "buyer_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_unit_year_idx"`);
    await queryRunner.query(`CREATE INDEX "quota_ledger_unit_year_idx" ON "quota_ledger" ("unit_id", "year", "occurred_at") `);
  }
}
