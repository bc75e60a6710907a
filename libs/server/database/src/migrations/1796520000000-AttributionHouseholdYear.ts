import { MigrationInterface, QueryRunner } from 'typeorm';

/** The report dimensions whose per-household sums move into one row per household and year. */
const YEAR_DIMS = `('total', 'category', 'village', 'supplier', 'product', 'month')`;

/**
 * Cheaper household sums for products with many linked households (issue 13): the per-household sums of the
 * dimensions with few keys per household (total, category, village, supplier, product, month) become one row per
 * household and year, a jsonb map `dim:key` → fen, so a receipt upserts one row per household instead of six;
 * `unit` and `session` keep their row per bucket. Existing sums move over unchanged (zero sums included, as the
 * consumer keeps them).
 */
export class AttributionHouseholdYear1796520000000 implements MigrationInterface {
  name = 'AttributionHouseholdYear1796520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attribution_household_year" ("household_id" uuid NOT NULL, "year" integer NOT NULL, "county_code" character varying(12) NOT NULL, "sums" jsonb NOT NULL, CONSTRAINT "PK_13decfd2af0bb1740f75d268ba3" PRIMARY KEY ("household_id", "year", "county_code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "attribution_household_year" (household_id, year, county_code, sums)
       SELECT household_id, year, county_code, jsonb_object_agg(dim || ':' || key, amount_fen)
         FROM "attribution_household_sum" WHERE dim IN ${YEAR_DIMS} GROUP BY household_id, year, county_code`,
    );
    await queryRunner.query(`DELETE FROM "attribution_household_sum" WHERE dim IN ${YEAR_DIMS}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "attribution_household_sum" (county_code, year, dim, key, household_id, amount_fen)
       SELECT y.county_code, y.year, split_part(e.k, ':', 1), substr(e.k, strpos(e.k, ':') + 1), y.household_id, e.v::bigint
         FROM "attribution_household_year" y, jsonb_each_text(y.sums) AS e(k, v)`,
    );
    await queryRunner.query(`DROP TABLE "attribution_household_year"`);
  }
}
