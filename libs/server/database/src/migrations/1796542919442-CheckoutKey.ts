import { MigrationInterface, QueryRunner } from 'typeorm';

export class CheckoutKey1796542919442 implements MigrationInterface {
  name = 'CheckoutKey1796542919442';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "checkout_key" ("buyer_id" uuid NOT NULL, "key" uuid NOT NULL, "checkout_id" uuid NOT NULL, "fingerprint" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b5f09e30bffd040ec6b073c698b" PRIMARY KEY ("buyer_id", "key"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_78de433393da6849aef705900c" ON "checkout_key" ("created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_78de433393da6849aef705900c"`);
    await queryRunner.query(`DROP TABLE "checkout_key"`);
  }
}
