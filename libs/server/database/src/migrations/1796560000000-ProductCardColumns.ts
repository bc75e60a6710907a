import { MigrationInterface, QueryRunner } from 'typeorm';

/** The product's cover: its first image by sort order, then id (as `Product.images` orders them). */
const COVER = (product: string) =>
  `(SELECT i.url FROM product_image i WHERE i.product_id = ${product} ORDER BY i.sort_order, i.id LIMIT 1)`;

/** The cover of every product among `ids` (a statement's image rows), written only where it changed. */
const REFRESH = (ids: string) => `UPDATE product p SET cover_image_url = ${COVER('p.id')}
            FROM (SELECT DISTINCT product_id FROM (${ids}) x) t
            WHERE p.id = t.product_id AND p.cover_image_url IS DISTINCT FROM ${COVER('p.id')}`;

/**
 * Signed-in search at 400,000 products, fourth pass (issue 19): what a catalogue card shows from other rows lives on the
 * product row too, so the list statement reads one table — no join to supplier and no cover sub-select to plan:
 * - `cover_image_url`: the first image (kept by statement-level triggers on product_image with transition tables: an
 *   import of many images updates each product once);
 * - `supplier_name`: the supplier's name (set by the product trigger that already reads the supplier for `listed`, and
 *   by a supplier trigger when the name changes).
 * Stock and certification stay read from their own rows at query time (checkout's stock writes must not touch product;
 * certification is judged on the day). Every writer keeps these right because the database does.
 */
export class ProductCardColumns1796560000000 implements MigrationInterface {
  name = 'ProductCardColumns1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" ADD "cover_image_url" text`);
    await queryRunner.query(`ALTER TABLE "product" ADD "supplier_name" text`);
    // Hand-written: triggers TypeORM cannot express.
    await queryRunner.query(`CREATE FUNCTION product_cover_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${REFRESH('SELECT product_id FROM new_rows')};
        ELSIF TG_OP = 'UPDATE' THEN
          ${REFRESH('SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows')};
        ELSE
          ${REFRESH('SELECT product_id FROM old_rows')};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER product_image_cover_insert AFTER INSERT ON product_image REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_cover_refresh()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER product_image_cover_update AFTER UPDATE ON product_image REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION product_cover_refresh()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER product_image_cover_delete AFTER DELETE ON product_image REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION product_cover_refresh()`,
    );
    // The product trigger of migration ProductListing, now also copying the supplier's name.
    await queryRunner.query(PRODUCT_LISTING_REFRESH(true));
    await queryRunner.query(`CREATE FUNCTION supplier_name_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE product SET supplier_name = NEW.name WHERE supplier_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER supplier_name AFTER UPDATE OF name ON supplier FOR EACH ROW
         WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION supplier_name_refresh()`,
    );
    // Backfill.
    await queryRunner.query(
      `UPDATE product p SET supplier_name = su.name, cover_image_url = ${COVER('p.id')} FROM supplier su WHERE su.id = p.supplier_id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER supplier_name ON supplier`);
    await queryRunner.query(`DROP FUNCTION supplier_name_refresh()`);
    await queryRunner.query(PRODUCT_LISTING_REFRESH(false));
    await queryRunner.query(`DROP TRIGGER product_image_cover_delete ON product_image`);
    await queryRunner.query(`DROP TRIGGER product_image_cover_update ON product_image`);
    await queryRunner.query(`DROP TRIGGER product_image_cover_insert ON product_image`);
    await queryRunner.query(`DROP FUNCTION product_cover_refresh()`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "supplier_name"`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "cover_image_url"`);
  }
}

/** product_listing_refresh (migration ProductListing), with or without the supplier's name. */
const PRODUCT_LISTING_REFRESH = (
  withName: boolean,
) => `CREATE OR REPLACE FUNCTION product_listing_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        approved boolean;
        county varchar(12);${withName ? '\n        supplier text;' : ''}
      BEGIN
        SELECT su.status = 'approved', su.county_code${withName ? ', su.name' : ''} INTO approved, county${withName ? ', supplier' : ''} FROM supplier su WHERE su.id = NEW.supplier_id;
        NEW.listed := NEW.status = 'on_sale' AND NEW.min_price_fen IS NOT NULL AND coalesce(approved, false);
        NEW.listing_county_code := county;${withName ? '\n        NEW.supplier_name := supplier;' : ''}
        RETURN NEW;
      END $$`;
