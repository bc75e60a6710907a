import { MigrationInterface, QueryRunner } from 'typeorm';

export class CountingRule1796411840362 implements MigrationInterface {
  name = 'CountingRule1796411840362';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_event_line_kind_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d4b3a44dcd529de73ce6a00f2f"`);
    await queryRunner.query(
      `CREATE TABLE "order_event_cursor" ("consumer" text NOT NULL, "order_id" uuid NOT NULL, "event_id" bigint NOT NULL, CONSTRAINT "PK_2052b52643b08b687f6cf3708d1" PRIMARY KEY ("consumer", "order_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "attribution_line" ADD "parts" jsonb NOT NULL DEFAULT '[]'`);
    // Lines attributed before: their split is the positive rows of the event that first attributed them.
    await queryRunner.query(`UPDATE attribution_line l SET parts = x.parts
      FROM (SELECT e.line_id, jsonb_agg(jsonb_build_object('householdId', e.household_id, 'amountFen', e.amount_fen, 'countyCode', e.county_code,
                   'villageCode', e.village_code, 'category', e.category, 'members', e.members) ORDER BY e.household_id) AS parts
              FROM attribution_entry e JOIN attribution_line l2 ON l2.line_id = e.line_id AND l2.event_id = e.event_id
             WHERE e.reverses_id IS NULL GROUP BY e.line_id) x
     WHERE x.line_id = l.line_id`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quota_ledger_reverses_event_key" ON "quota_ledger" ("reverses_id", "event_id") WHERE "reverses_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quota_ledger_event_line_kind_key" ON "quota_ledger" ("event_id", "line_id", "kind", "unit_id") WHERE "reverses_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "attribution_entry_reverses_idx" ON "attribution_entry" ("reverses_id") WHERE "reverses_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attribution_entry_original_key" ON "attribution_entry" ("event_id", "line_id", "household_id") WHERE "reverses_id" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."attribution_entry_original_key"`);
    await queryRunner.query(`DROP INDEX "public"."attribution_entry_reverses_idx"`);
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_event_line_kind_key"`);
    await queryRunner.query(`DROP INDEX "public"."quota_ledger_reverses_event_key"`);
    await queryRunner.query(`ALTER TABLE "attribution_line" DROP COLUMN "parts"`);
    await queryRunner.query(`DROP TABLE "order_event_cursor"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_d4b3a44dcd529de73ce6a00f2f" ON "attribution_entry" ("event_id", "household_id", "line_id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "quota_ledger_event_line_kind_key" ON "quota_ledger" ("event_id", "kind", "line_id") `);
  }
}
