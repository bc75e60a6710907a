import { MigrationInterface, QueryRunner } from 'typeorm';

export class DeskListIndexes1796508840081 implements MigrationInterface {
  name = 'DeskListIndexes1796508840081';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "shop_order_created_at_id" ON "shop_order" ("created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "bank_transfer_received_at_id" ON "bank_transfer" ("received_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."bank_transfer_received_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."shop_order_created_at_id"`);
  }
}
