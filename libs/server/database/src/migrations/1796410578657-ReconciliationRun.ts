import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReconciliationRun1796410578657 implements MigrationInterface {
  name = 'ReconciliationRun1796410578657';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "reconciliation_run" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE NOT NULL, "trigger" text NOT NULL, "started_by" uuid, "clean" boolean NOT NULL, "difference_count" integer NOT NULL, "orders_checked" integer NOT NULL, "differences" jsonb NOT NULL, CONSTRAINT "reconciliation_run_trigger_check" CHECK ("trigger" IN ('admin', 'cli', 'nightly')), CONSTRAINT "PK_4fa08b87bbb63890254c8cdcb57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3a9bd2f40295c16a1227a595dc" ON "reconciliation_run" ("finished_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3a9bd2f40295c16a1227a595dc"`);
    await queryRunner.query(`DROP TABLE "reconciliation_run"`);
  }
}
