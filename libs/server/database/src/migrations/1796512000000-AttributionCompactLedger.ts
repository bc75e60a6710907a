import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The attribution ledger, cheaper to write (issue 13): a line's households' parts become typed arrays instead of a
 * JSON document (existing lines converted, element order kept), and the ledger keeps one index fewer per row — the
 * original key leads with the line (the consumer reads a line's rows by it) and the reversals' index is by line too,
 * so the plain line index goes. Nothing reads originals by `reverses_id` alone.
 */
export class AttributionCompactLedger1796512000000 implements MigrationInterface {
  name = 'AttributionCompactLedger1796512000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "attribution_line" ADD "part_household_ids" uuid array, ADD "part_fen" bigint array, ADD "part_county_codes" character varying(12) array,
         ADD "part_village_codes" character varying(12) array, ADD "part_categories" text array, ADD "part_members" integer array`,
    );
    await queryRunner.query(
      `UPDATE "attribution_line" l SET
         part_household_ids = ARRAY(SELECT (x->>'householdId')::uuid FROM jsonb_array_elements(l.parts) WITH ORDINALITY AS t(x, i) ORDER BY i),
         part_fen = ARRAY(SELECT (x->>'amountFen')::bigint FROM jsonb_array_elements(l.parts) WITH ORDINALITY AS t(x, i) ORDER BY i),
         part_county_codes = ARRAY(SELECT (x->>'countyCode')::varchar(12) FROM jsonb_array_elements(l.parts) WITH ORDINALITY AS t(x, i) ORDER BY i),
         part_village_codes = ARRAY(SELECT (x->>'villageCode')::varchar(12) FROM jsonb_array_elements(l.parts) WITH ORDINALITY AS t(x, i) ORDER BY i),
         part_categories = ARRAY(SELECT (x->>'category')::text FROM jsonb_array_elements(l.parts) WITH ORDINALITY AS t(x, i) ORDER BY i),
         part_members = ARRAY(SELECT (x->>'members')::int FROM jsonb_array_elements(l.parts) WITH ORDINALITY AS t(x, i) ORDER BY i)`,
    );
    for (const c of ['part_household_ids', 'part_fen', 'part_county_codes', 'part_village_codes', 'part_categories', 'part_members']) {
      await queryRunner.query(`ALTER TABLE "attribution_line" ALTER COLUMN "${c}" SET NOT NULL`);
    }
    await queryRunner.query(`ALTER TABLE "attribution_line" DROP COLUMN "parts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06b202565de1e1bedf350dbef1"`);
    await queryRunner.query(`DROP INDEX "public"."attribution_entry_original_key"`);
    await queryRunner.query(`DROP INDEX "public"."attribution_entry_reverses_idx"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attribution_entry_original_key" ON "attribution_entry" ("line_id", "event_id", "household_id") WHERE "reverses_id" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "attribution_entry_reversal_line_idx" ON "attribution_entry" ("line_id") WHERE "reverses_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."attribution_entry_reversal_line_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attribution_entry_original_key"`);
    await queryRunner.query(
      `CREATE INDEX "attribution_entry_reverses_idx" ON "attribution_entry" ("reverses_id") WHERE "reverses_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attribution_entry_original_key" ON "attribution_entry" ("event_id", "line_id", "household_id") WHERE "reverses_id" IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_06b202565de1e1bedf350dbef1" ON "attribution_entry" ("line_id") `);
    await queryRunner.query(`ALTER TABLE "attribution_line" ADD "parts" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(
      `UPDATE "attribution_line" l SET parts = COALESCE((
         SELECT jsonb_agg(jsonb_build_object('householdId', h, 'amountFen', f, 'countyCode', c, 'villageCode', v, 'category', k, 'members', m) ORDER BY i)
           FROM unnest(l.part_household_ids, l.part_fen, l.part_county_codes, l.part_village_codes, l.part_categories, l.part_members) WITH ORDINALITY AS t(h, f, c, v, k, m, i)), '[]')`,
    );
    await queryRunner.query(
      `ALTER TABLE "attribution_line" DROP COLUMN "part_household_ids", DROP COLUMN "part_fen", DROP COLUMN "part_county_codes", DROP COLUMN "part_village_codes", DROP COLUMN "part_categories", DROP COLUMN "part_members"`,
    );
  }
}
