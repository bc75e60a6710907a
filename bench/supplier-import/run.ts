/**
 * bench/supplier-import — a 5,000-row product spreadsheet imported through the API (a benchmark, not a test).
 *
 *   node -r @swc-node/register bench/supplier-import/run.ts [--rows 5000] [--bad 50] [--runs 3] [--format xlsx|csv]
 *
 * Starts a real PostgreSQL (embedded, or a fresh database on DATABASE_URL's server), runs the API as a
 * separate process with the demo data, signs in as the demo supplier, and for each run uploads a generated
 * file with `bad` seeded bad rows (fractional fen, zero price, negative stock, unknown category, missing
 * name) to POST /catalog/imports with importValidRows=true, then polls productImportJob until it is done.
 * Prints the time from upload to done for each run and the median, and checks that every seeded bad row
 * was reported and every good row imported.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { startBenchApi } from '../support/bench-api';
import { median } from '../support/rounds';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const ROWS = Number(arg('rows', '5000'));
const BAD = Number(arg('bad', '50'));
const RUNS = Number(arg('runs', '3'));
const FORMAT = arg('format', 'xlsx') === 'csv' ? 'csv' : 'xlsx';

const HEADER = ['商品名称', '分类', '规格', '单位', '价格（元）', '库存', '重量（克）', '产地代码', '商品描述'];
const WORDS = ['小米', '土豆', '核桃', '红枣', '蜂蜜', '香菇', '木耳', '苹果', '黄花菜', '荞麦'];
const CATS = ['粮油杂粮', '蔬菜', '干果坚果', '干果坚果', '蜂蜜', '食用菌', '食用菌', '水果', '蔬菜', '粮油杂粮'];
const SPOILERS: ((r: string[]) => void)[] = [
  (r) => (r[4] = '12.345'),
  (r) => (r[4] = '0'),
  (r) => (r[5] = '-3'),
  (r) => (r[1] = '饮料'),
  (r) => (r[0] = ''),
];

/** Rows of `run`: two SKUs per product, `BAD` of them spoiled at evenly spread positions. */
function makeRows(run: number): { rows: string[][]; bad: Set<number> } {
  const rows: string[][] = [];
  const bad = new Set<number>();
  const every = Math.floor(ROWS / Math.max(BAD, 1));
  for (let i = 0; i < ROWS; i++) {
    const w = i % WORDS.length;
    const product = Math.floor(i / 2);
    const r = [
      `基准${run}批${WORDS[w]}${product}号`,
      CATS[w],
      i % 2 ? '5kg 箱装' : '1kg 袋装',
      i % 2 ? '箱' : '袋',
      `${10 + (i % 90)}.${String(i % 100).padStart(2, '0')}`,
      String(50 + (i % 200)),
      '1000',
      '',
      '基准测试生成的商品',
    ];
    // both SKUs of a product share its name and category
    r[0] = `基准${run}批${WORDS[product % WORDS.length]}${product}号`;
    r[1] = CATS[product % WORDS.length];
    if (BAD > 0 && i % every === every - 1 && bad.size < BAD) {
      SPOILERS[bad.size % SPOILERS.length](r);
      bad.add(i + 2);
    }
    rows.push(r);
  }
  return { rows, bad };
}

async function fileOf(rows: string[][]): Promise<Buffer> {
  if (FORMAT === 'csv') return Buffer.from([HEADER, ...rows].map((r) => r.join(',')).join('\n'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('商品');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function main(): Promise<void> {
  const bench = await startBenchApi('import', { YIGOU_DATA_DIR: mkdtempSync(join(tmpdir(), 'yigou-bench-data-')) });
  const { base, gql } = bench;
  try {
    const token = (
      await gql<{ login: { accessToken: string } }>('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', {
        i: { login: 'supplier', password: 'yigou-demo' },
      })
    ).login.accessToken;
    const { mySuppliers } = await gql<{ mySuppliers: { id: string }[] }>('{ mySuppliers { id } }', {}, token);
    const supplierId = mySuppliers[0].id;
    console.log(`import: ${ROWS} rows (${FORMAT}), ${BAD} seeded bad rows, ${RUNS} runs, importing the valid rows`);
    const times: number[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const { rows, bad } = makeRows(run);
      const bytes = await fileOf(rows);
      const form = new FormData();
      form.append('supplierId', supplierId);
      form.append('importValidRows', 'true');
      form.append('file', new Blob([new Uint8Array(bytes)]), `bench.${FORMAT}`);
      const t0 = performance.now();
      const res = await fetch(`${base}/catalog/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
      const started = (await res.json()) as { id: string };
      if (res.status !== 202) throw new Error(`upload refused: ${JSON.stringify(started)}`);
      let job: {
        status: string;
        processedRows: number;
        validRows: number;
        errorCount: number;
        importedProducts: number;
        errors: { row: number }[];
      };
      let polls = 0;
      for (;;) {
        job = (
          await gql<{ productImportJob: typeof job }>(
            'query($id: ID!) { productImportJob(id: $id) { status processedRows validRows errorCount importedProducts errors { row } } }',
            { id: started.id },
            token,
          )
        ).productImportJob;
        polls++;
        if (job.status === 'done' || job.status === 'failed') break;
        await sleep(100);
      }
      const ms = performance.now() - t0;
      const reported = new Set(job.errors.map((e) => e.row));
      const missed = [...bad].filter((r) => !reported.has(r));
      if (job.status !== 'done' || missed.length || job.processedRows !== ROWS - bad.size) {
        throw new Error(`run ${run}: ${job.status}, processed ${job.processedRows}, missed bad rows ${missed.join(',')}`);
      }
      times.push(ms);
      console.log(
        `run ${run}: ${(ms / 1000).toFixed(2)} s  (${job.validRows} rows imported as ${job.importedProducts} products, ${job.errorCount} row errors reported, file ${(bytes.length / 1024).toFixed(0)} KB, ${polls} polls)`,
      );
    }
    console.log(`median of ${RUNS}: ${(median(times) / 1000).toFixed(2)} s`);
  } finally {
    await bench.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
