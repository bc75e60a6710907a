import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Catalogue search at national size (issue 19): what the search filters on lives on the product row, kept by
 * triggers so every writer (services, spreadsheet import, checkout's sales count, supplier review) keeps it right:
 * - `listed`: on sale, has a SKU price, supplier approved — the one condition a shopper's list needs;
 * - `listing_county_code`: the supplier's county (the county filter), so the search needs no join;
 * - `search_grams`: every 1- and 2-character piece of `search_text`, GIN-indexed: a two-character Chinese query
 *   such as 香梨 has no trigram, so the trigram index could not serve it and PostgreSQL scanned every product.
 * Partial indexes (WHERE listed) serve the county page and the plain list in their sort order (keyset paging).
 */
export class ProductListing1796425565456 implements MigrationInterface {
  name = 'ProductListing1796425565456';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" ADD "listed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "product" ADD "listing_county_code" character varying(12)`);
    await queryRunner.query(`ALTER TABLE "product" ADD "search_grams" text array NOT NULL DEFAULT '{}'`);
    // Hand-written: triggers and indexes TypeORM cannot express.
    await queryRunner.query(`CREATE FUNCTION product_listing_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        approved boolean;
        county varchar(12);
      BEGIN
        SELECT su.status = 'approved', su.county_code INTO approved, county FROM supplier su WHERE su.id = NEW.supplier_id;
        NEW.listed := NEW.status = 'on_sale' AND NEW.min_price_fen IS NOT NULL AND coalesce(approved, false);
        NEW.listing_county_code := county;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER product_listing BEFORE INSERT OR UPDATE OF status, min_price_fen, supplier_id, listed, listing_county_code ON product FOR EACH ROW EXECUTE FUNCTION product_listing_refresh()`,
    );
    // A supplier approved, suspended or moved to another county: its products follow (the product trigger recomputes).
    await queryRunner.query(`CREATE FUNCTION supplier_listing_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product SET listing_county_code = NEW.county_code WHERE supplier_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER supplier_listing AFTER UPDATE OF status, county_code ON supplier FOR EACH ROW
         WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.county_code IS DISTINCT FROM NEW.county_code) EXECUTE FUNCTION supplier_listing_refresh()`,
    );
    // search_text as before, plus its 1- and 2-character pieces (none with the separating space).
    await queryRunner.query(`CREATE OR REPLACE FUNCTION product_search_text_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := replace(lower(NEW.name), ' ', '') || ' ' || NEW.search_pinyin || ' ' || NEW.search_initials;
        NEW.search_grams := ARRAY(
          SELECT DISTINCT g FROM (
            SELECT substr(NEW.search_text, i, n) AS g FROM generate_series(1, length(NEW.search_text)) i, (VALUES (1), (2)) v(n)
            WHERE i + n - 1 <= length(NEW.search_text)
          ) pieces WHERE position(' ' IN g) = 0 ORDER BY g);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`DROP TRIGGER product_search_text ON product`);
    await queryRunner.query(
      `CREATE TRIGGER product_search_text BEFORE INSERT OR UPDATE OF name, search_pinyin, search_initials, search_text, search_grams ON product FOR EACH ROW EXECUTE FUNCTION product_search_text_refresh()`,
    );
    await queryRunner.query(`UPDATE product SET search_text = '', listed = false`);
    await queryRunner.query(`CREATE INDEX "product_search_grams_gin" ON "product" USING gin ("search_grams") WHERE listed`);
    await queryRunner.query(
      `CREATE INDEX "product_listed_county_sales" ON "product" ("listing_county_code", ((-"sales_count")::bigint), "id") WHERE listed`,
    );
    await queryRunner.query(`CREATE INDEX "product_listed_sales" ON "product" (((-"sales_count")::bigint), "id") WHERE listed`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "product_listed_sales"`);
    await queryRunner.query(`DROP INDEX "product_listed_county_sales"`);
    await queryRunner.query(`DROP INDEX "product_search_grams_gin"`);
    await queryRunner.query(`DROP TRIGGER product_search_text ON product`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION product_search_text_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := replace(lower(NEW.name), ' ', '') || ' ' || NEW.search_pinyin || ' ' || NEW.search_initials;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER product_search_text BEFORE INSERT OR UPDATE OF name, search_pinyin, search_initials, search_text ON product FOR EACH ROW EXECUTE FUNCTION product_search_text_refresh()`,
    );
    await queryRunner.query(`DROP TRIGGER supplier_listing ON supplier`);
    await queryRunner.query(`DROP FUNCTION supplier_listing_refresh()`);
    await queryRunner.query(`DROP TRIGGER product_listing ON product`);
    await queryRunner.query(`DROP FUNCTION product_listing_refresh()`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "search_grams"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "listing_county_code"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "listed"`);
  }
}
