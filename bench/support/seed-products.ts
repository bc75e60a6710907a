/** Generated catalogue rows for benchmarks that need more than the demo data's products. */
import { Client } from 'pg';
import { searchColumnsFor } from '@yigou/server/catalog';

/** The words generated product names are made of (benchmarks search for them). */
export const WORDS = ['小米', '土豆', '核桃', '红枣', '蜂蜜', '香菇', '木耳', '苹果', '黄花菜', '荞麦', '莜面', '山药', '花椒', '粉条', '豆腐干', '鸡蛋', '羊肉', '牛肉', '醋', '杂粮'];
const ADJ = ['有机', '高山', '农家', '精选', '手工', '富硒', '散养', '古法', '生态', '头茬'];
const CATS = ['grain', 'vegetable', 'nuts', 'fruit', 'honey', 'mushroom', 'mushroom', 'fruit', 'vegetable', 'grain', 'grain', 'vegetable', 'grain', 'grain', 'grain', 'poultry', 'meat', 'meat', 'grain', 'grain'];

/** Adds generated, listed products (one SKU each) until the catalogue has `target`; returns how many were added. */
export async function seedProducts(url: string, target: number): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM product`);
    const missing = target - rows[0].n;
    const suppliers = (await c.query<{ id: string; county_code: string }>(`SELECT id, county_code FROM supplier`)).rows;
    await c.query('BEGIN');
    for (let i = 0; i < missing; i++) {
      const w = i % WORDS.length;
      const name = `${ADJ[Math.floor(i / WORDS.length) % ADJ.length]}${WORDS[w]} ${i}号`;
      const cols = searchColumnsFor(name);
      const s = suppliers[i % suppliers.length];
      const p = await c.query<{ id: string }>(
        `INSERT INTO product (supplier_id, name, category, origin_code, description, status, sales_count, search_pinyin, search_initials)
         VALUES ($1, $2, $3, $4, $5, 'on_sale', $6, $7, $8) RETURNING id`,
        [s.id, name, CATS[w], s.county_code, '基准测试生成的商品', (i * 7919) % 5000, cols.searchPinyin, cols.searchInitials],
      );
      await c.query(
        `INSERT INTO product_sku (product_id, spec, unit, price_fen, stock_available, stock_reserved, weight_grams, sort_order)
         VALUES ($1, '1kg 袋装', 'bag', $2, $3, 0, 1000, 0)`,
        [p.rows[0].id, 1000 + ((i * 37) % 20000), (i * 13) % 500],
      );
    }
    await c.query('COMMIT');
    await c.query('ANALYZE');
    return missing;
  } finally {
    await c.end();
  }
}
