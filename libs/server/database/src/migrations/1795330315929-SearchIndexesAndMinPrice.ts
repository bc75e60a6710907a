import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchIndexesAndMinPrice1795330315929 implements MigrationInterface {
  name = 'SearchIndexesAndMinPrice1795330315929';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stock_movement" ("id" BIGSERIAL NOT NULL, "sku_id" uuid NOT NULL, "kind" text NOT NULL, "available_delta" integer NOT NULL, "reserved_delta" integer NOT NULL, "reason" text, "actor_id" uuid, "ref_type" text, "ref_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stock_movement_delta_check" CHECK ("available_delta" <> 0 OR "reserved_delta" <> 0), CONSTRAINT "stock_movement_kind_check" CHECK ("kind" IN ('received','adjusted','reserved','sold','released','returned')), CONSTRAINT "PK_9fe1232f916686ae8cf00294749" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_57e3c0235e15de8cb20779f00d" ON "stock_movement" ("ref_type", "ref_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bd70837a276fa1dcac2a05be82" ON "stock_movement" ("sku_id", "id") `);
    await queryRunner.query(`ALTER TABLE "product" ADD "min_price_fen" bigint`);
    // Hand-written below: what TypeORM cannot generate.
    // The lowest SKU price lives on the product so search can filter and sort on it;
    // a trigger keeps it right whoever writes product_sku.
    await queryRunner.query(`CREATE FUNCTION product_min_price_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE product SET min_price_fen = (SELECT min(price_fen) FROM product_sku WHERE product_id = NEW.product_id) WHERE id = NEW.product_id;
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          UPDATE product SET min_price_fen = (SELECT min(price_fen) FROM product_sku WHERE product_id = OLD.product_id) WHERE id = OLD.product_id;
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER product_sku_min_price AFTER INSERT OR DELETE OR UPDATE OF price_fen, product_id ON product_sku FOR EACH ROW EXECUTE FUNCTION product_min_price_refresh()`,
    );
    await queryRunner.query(`UPDATE product p SET min_price_fen = (SELECT min(price_fen) FROM product_sku k WHERE k.product_id = p.id)`);
    // Trigram indexes serve the search's LIKE '%…%' on pinyin, initials and the compacted name.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "product_search_initials_trgm" ON "product" USING gin ("search_initials" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "product_search_pinyin_trgm" ON "product" USING gin ("search_pinyin" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "product_name_compact_trgm" ON "product" USING gin ((replace(lower(name), ' ', '')) gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "product_name_compact_trgm"`);
    await queryRunner.query(`DROP INDEX "product_search_pinyin_trgm"`);
    await queryRunner.query(`DROP INDEX "product_search_initials_trgm"`);
    await queryRunner.query(`DROP TRIGGER product_sku_min_price ON product_sku`);
    await queryRunner.query(`DROP FUNCTION product_min_price_refresh()`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "min_price_fen"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bd70837a276fa1dcac2a05be82"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57e3c0235e15de8cb20779f00d"`);
    await queryRunner.query(`DROP TABLE "stock_movement"`);
  }
}
