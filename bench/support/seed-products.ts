/** Generated catalogue rows for benchmarks that need more than the demo data's products. */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { searchColumnsFor } from '@yigou/server/catalog';

/** The words generated product names are made of (benchmarks search for them). */
export const WORDS = [
  '小米',
  '土豆',
  '核桃',
  '红枣',
  '蜂蜜',
  '香菇',
  '木耳',
  '苹果',
  '黄花菜',
  '荞麦',
  '莜面',
  '山药',
  '花椒',
  '粉条',
  '豆腐干',
  '鸡蛋',
  '羊肉',
  '牛肉',
  '醋',
  '杂粮',
];
const ADJ = ['有机', '高山', '农家', '精选', '手工', '富硒', '散养', '古法', '生态', '头茬'];
const CATS = [
  'grain',
  'vegetable',
  'nuts',
  'fruit',
  'honey',
  'mushroom',
  'mushroom',
  'fruit',
  'vegetable',
  'grain',
  'grain',
  'vegetable',
  'grain',
  'grain',
  'grain',
  'poultry',
  'meat',
  'meat',
  'grain',
  'grain',
];

/** Rows per INSERT … SELECT FROM unnest(…) statement. */
const BATCH = 5_000;

/**
 * Adds generated, listed products (one SKU each) until the catalogue has `target`; returns how many were added.
 * Loads in batches of 5,000 rows per statement (`INSERT … SELECT FROM unnest($1::uuid[], …)`): 400,000 products
 * in minutes, not the hours one INSERT per row took. The product's triggers (search text) run as usual; the SKU
 * insert runs with triggers off (`session_replication_role = replica`, needs a superuser, as the benchmark has)
 * because the product row already carries the SKU's price as `min_price_fen`, which the trigger would otherwise
 * write with one UPDATE per SKU. Same names, prices, stock and sales as the row-by-row seeding gave.
 */
export async function seedProducts(url: string, target: number, log: (line: string) => void = () => undefined): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM product`);
    const missing = target - rows[0].n;
    const suppliers = (await c.query<{ id: string; county_code: string }>(`SELECT id, county_code FROM supplier ORDER BY id`)).rows;
    const started = Date.now();
    for (let from = 0; from < missing; from += BATCH) {
      const ids: string[] = [],
        sup: string[] = [],
        names: string[] = [],
        cats: string[] = [],
        origins: string[] = [];
      const sales: number[] = [],
        pys: string[] = [],
        inits: string[] = [],
        prices: number[] = [],
        stock: number[] = [];
      for (let i = from; i < Math.min(missing, from + BATCH); i++) {
        const w = i % WORDS.length;
        const name = `${ADJ[Math.floor(i / WORDS.length) % ADJ.length]}${WORDS[w]} ${i}号`;
        const cols = searchColumnsFor(name);
        const s = suppliers[i % suppliers.length];
        ids.push(randomUUID());
        sup.push(s.id);
        names.push(name);
        cats.push(CATS[w]);
        origins.push(s.county_code);
        sales.push((i * 7919) % 5000);
        pys.push(cols.searchPinyin);
        inits.push(cols.searchInitials);
        prices.push(1000 + ((i * 37) % 20000));
        stock.push((i * 13) % 500);
      }
      await c.query('BEGIN');
      await c.query(
        `INSERT INTO product (id, supplier_id, name, category, origin_code, description, status, sales_count, search_pinyin, search_initials, min_price_fen)
         SELECT id, supplier_id, name, category, origin_code, '基准测试生成的商品', 'on_sale', sales_count, search_pinyin, search_initials, price
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::varchar[], $6::int[], $7::text[], $8::text[], $9::bigint[])
           AS t(id, supplier_id, name, category, origin_code, sales_count, search_pinyin, search_initials, price)`,
        [ids, sup, names, cats, origins, sales, pys, inits, prices],
      );
      await c.query(`SET LOCAL session_replication_role = replica`);
      await c.query(
        `INSERT INTO product_sku (product_id, spec, unit, price_fen, stock_available, stock_reserved, weight_grams, sort_order)
         SELECT product_id, '1kg 袋装', 'bag', price, stock, 0, 1000, 0 FROM unnest($1::uuid[], $2::bigint[], $3::int[]) AS t(product_id, price, stock)`,
        [ids, prices, stock],
      );
      await c.query('COMMIT');
      if ((from / BATCH) % 10 === 9)
        log(`  seeded ${from + ids.length} of ${missing} products (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    await c.query('VACUUM ANALYZE');
    if (missing > 0) log(`  seeded ${missing} products in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return missing;
  } finally {
    await c.end();
  }
}
