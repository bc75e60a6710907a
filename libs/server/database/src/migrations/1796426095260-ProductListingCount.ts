import { MigrationInterface, QueryRunner } from 'typeorm';

/** The net change of a statement's rows (old_rows leave, new_rows arrive), per key, applied in key order. */
const APPLY = (rows: string) => `INSERT INTO product_listing_count (county_code, category, n)
  SELECT county_code, category, sum(d)::int FROM (${rows}) x
  GROUP BY county_code, category HAVING sum(d) <> 0 ORDER BY county_code, category
  ON CONFLICT (county_code, category) DO UPDATE SET n = product_listing_count.n + EXCLUDED.n`;
const OLD = `SELECT listing_county_code AS county_code, category, -1 AS d FROM old_rows WHERE listed AND listing_county_code IS NOT NULL`;
const NEW = `SELECT listing_county_code AS county_code, category, 1 AS d FROM new_rows WHERE listed AND listing_county_code IS NOT NULL`;

export class ProductListingCount1796426095260 implements MigrationInterface {
  name = 'ProductListingCount1796426095260';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "product_listing_count" ("county_code" character varying(12) NOT NULL, "category" text NOT NULL, "n" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_9f59670f2e3f90c1b75e20e1ad3" PRIMARY KEY ("county_code", "category"))`,
    );
    // Hand-written: statement-level triggers with transition tables. A statement that changes no listing (a sales
    // count, a description) sums to zero per key and writes nothing; one that suspends a supplier writes one row
    // per category instead of one per product. Keys are locked in order, so two writers cannot deadlock on them.
    await queryRunner.query(`CREATE FUNCTION product_listing_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${APPLY(NEW)};
        ELSIF TG_OP = 'UPDATE' THEN
          ${APPLY(`${OLD} UNION ALL ${NEW}`)};
        ELSE
          ${APPLY(OLD)};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER product_listing_count_insert AFTER INSERT ON product REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_listing_count_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER product_listing_count_update AFTER UPDATE ON product REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_listing_count_apply()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER product_listing_count_delete AFTER DELETE ON product REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_listing_count_apply()`,
    );
    await queryRunner.query(
      `INSERT INTO product_listing_count (county_code, category, n) SELECT listing_county_code, category, count(*)::int FROM product WHERE listed AND listing_county_code IS NOT NULL GROUP BY 1, 2`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER product_listing_count_delete ON product`);
    await queryRunner.query(`DROP TRIGGER product_listing_count_update ON product`);
    await queryRunner.query(`DROP TRIGGER product_listing_count_insert ON product`);
    await queryRunner.query(`DROP FUNCTION product_listing_count_apply()`);
    await queryRunner.query(`DROP TABLE "product_listing_count"`);
  }
}
