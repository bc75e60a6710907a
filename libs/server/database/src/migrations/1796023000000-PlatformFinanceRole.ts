import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'buyer','unit_purchaser','unit_admin','supplier_staff','live_host','county_admin','finance_reviewer','platform_admin'`;
const AFTER = `${BEFORE},'platform_finance'`;

/**
 * platform_finance (平台财务): platform staff who run the finance desk — record and
 * import 对公转账, match them to orders, refund — without the platform admin's other powers.
 * The role_grant check lists every role, so it is dropped and recreated with the new one.
 */
export class PlatformFinanceRole1796023000000 implements MigrationInterface {
  name = 'PlatformFinanceRole1796023000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "role_grant_role_check"`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_role_check" CHECK ("role" IN (${AFTER}))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The old check cannot hold while platform_finance grants exist: those grants go with the role.
    await queryRunner.query(`DELETE FROM "role_grant" WHERE "role" = 'platform_finance'`);
    await queryRunner.query(`ALTER TABLE "role_grant" DROP CONSTRAINT "role_grant_role_check"`);
    await queryRunner.query(`ALTER TABLE "role_grant" ADD CONSTRAINT "role_grant_role_check" CHECK ("role" IN (${BEFORE}))`);
  }
}
