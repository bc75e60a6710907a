import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProductSearchText1795335410520 implements MigrationInterface {
  name = 'ProductSearchText1795335410520';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "product" ADD "search_text" text NOT NULL DEFAULT ''`);
    // Hand-written: a trigger keeps search_text = compacted name + full pinyin + initials, whoever writes
    // the product; one trigram index then serves every LIKE '%…%' of the search.
    await queryRunner.query(`CREATE FUNCTION product_search_text_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := replace(lower(NEW.name), ' ', '') || ' ' || NEW.search_pinyin || ' ' || NEW.search_initials;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER product_search_text BEFORE INSERT OR UPDATE OF name, search_pinyin, search_initials, search_text ON product FOR EACH ROW EXECUTE FUNCTION product_search_text_refresh()`,
    );
    await queryRunner.query(`UPDATE product SET search_text = ''`);
    await queryRunner.query(`CREATE INDEX "product_search_text_trgm" ON "product" USING gin ("search_text" gin_trgm_ops)`);
    // The three per-column trigram indexes are replaced by the one above.
    await queryRunner.query(`DROP INDEX "product_search_initials_trgm"`);
    await queryRunner.query(`DROP INDEX "product_search_pinyin_trgm"`);
    await queryRunner.query(`DROP INDEX "product_name_compact_trgm"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "product_search_initials_trgm" ON "product" USING gin ("search_initials" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "product_search_pinyin_trgm" ON "product" USING gin ("search_pinyin" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "product_name_compact_trgm" ON "product" USING gin ((replace(lower(name), ' ', '')) gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP INDEX "product_search_text_trgm"`);
    await queryRunner.query(`DROP TRIGGER product_search_text ON product`);
    await queryRunner.query(`DROP FUNCTION product_search_text_refresh()`);
    await queryRunner.query(`ALTER TABLE "product" DROP COLUMN "search_text"`);
  }
}
