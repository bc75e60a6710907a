import { MigrationInterface, QueryRunner } from 'typeorm';

export class QuotaUnitTarget1796013594060 implements MigrationInterface {
  name = 'QuotaUnitTarget1796013594060';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quota_unit_target" ("unit_id" uuid NOT NULL, "year" integer NOT NULL, "region_code" character varying(12) NOT NULL, "unit_name" text NOT NULL, "parent_id" uuid, "parent_name" text, "has_canteen" boolean NOT NULL, "headcount" integer NOT NULL, "canteen_budget_fen" bigint NOT NULL, "target_fen" bigint NOT NULL, "provisional" boolean NOT NULL, "filing_status" text NOT NULL, "filing_closes_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d23c724cf61b718ae4c5b88e8b" PRIMARY KEY ("unit_id", "year"))`,
    );
    await queryRunner.query(`CREATE INDEX "quota_unit_target_year_parent_idx" ON "quota_unit_target" ("year", "parent_id") `);
    await queryRunner.query(`CREATE INDEX "quota_unit_target_year_region_idx" ON "quota_unit_target" ("year", "region_code") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."quota_unit_target_year_region_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quota_unit_target_year_parent_idx"`);
    await queryRunner.query(`DROP TABLE "quota_unit_target"`);
  }
}
