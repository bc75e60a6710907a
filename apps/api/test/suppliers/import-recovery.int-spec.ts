import { ChildProcess } from 'node:child_process';
import { INTERRUPTED_IMPORT_MESSAGE, ProductImportRecovery } from '@yigou/server/catalog';
import { createTestApp, startSecondApi, TestApp } from '@yigou/server/testing';
import { count, tempDataDir } from './supplier-fixtures';

const HEADER = '商品名称,分类,规格,单位,价格（元）,库存,重量（克）,产地代码,商品描述';

// Boots two API processes on a shared 2-core machine: give hooks room.
jest.setTimeout(120_000);
describe('import jobs cut off by an API restart', () => {
  let t: TestApp;
  let supplier: string;
  let gaohanId: string;
  let second: ChildProcess | null = null;

  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
    supplier = await t.loginAs('supplier');
    [{ id: gaohanId }] = await t.db.query(`SELECT id FROM supplier WHERE demo_key = 'gaohan'`);
  });
  afterAll(async () => {
    second?.kill('SIGKILL');
    await t.close();
  });

  const jobRow = async (id: string) =>
    (
      (await t.db.query(`SELECT status, failure_message, processed_rows, finished_at FROM product_import_job WHERE id = $1`, [id])) as {
        status: string;
        failure_message: string | null;
        processed_rows: number;
        finished_at: Date | null;
      }[]
    )[0];

  it('an API process killed in the middle of an import leaves no products, and the job is then marked failed with a Chinese message', async () => {
    const started = await startSecondApi(t);
    second = started.child;
    const secondUrl = started.url;
    const rows = Array.from({ length: 6000 }, (_, i) => `重启测试商品${i},水果,1kg,袋,9.90,5,1000,,`);
    const form = new FormData();
    form.append('supplierId', gaohanId);
    form.append('importValidRows', 'false');
    form.append('file', new Blob([[HEADER, ...rows].join('\n')]), '大批量.csv');
    const productsBefore = await count(t, 'product');
    const movementsBefore = await count(t, 'stock_movement');
    const res = await fetch(`${secondUrl}/catalog/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${supplier}` },
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };

    // wait until the second process is inside the import transaction and has reported progress, then kill it
    const deadline = Date.now() + 60_000;
    for (;;) {
      const row = await jobRow(id);
      if (row.status === 'importing' && row.processed_rows > 0) break;
      if (row.status === 'done' || row.status === 'failed' || Date.now() > deadline)
        throw new Error(`import did not stay in progress: ${JSON.stringify(row)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    second.kill('SIGKILL');
    await new Promise((r) => second!.once('exit', r));
    second = null;

    // the job row is stuck; the transaction died with the process's connections
    expect((await jobRow(id)).status).toBe('importing');
    const recovery = t.api.app.get(ProductImportRecovery);
    expect(await recovery.sweep()).toEqual([]); // heartbeat still recent: not yet declared dead
    await new Promise((r) => setTimeout(r, 1200));
    expect(await recovery.sweep(1000)).toEqual([id]);
    const after = await jobRow(id);
    expect(after).toMatchObject({ status: 'failed', failure_message: INTERRUPTED_IMPORT_MESSAGE });
    expect(after.finished_at).not.toBeNull();
    expect(await count(t, 'product')).toBe(productsBefore);
    expect(await count(t, 'stock_movement')).toBe(movementsBefore);

    const r = await t.gql<{ productImportJob: { status: string; failureMessage: string } }>(
      `query($id: ID!) { productImportJob(id: $id) { status failureMessage } }`,
      { id },
      supplier,
    );
    expect(r.data!.productImportJob).toEqual({ status: 'failed', failureMessage: '导入因服务重启而中断，请重新导入' });
  });

  it('at start an API process fails the jobs whose heartbeat stopped and leaves running and finished ones alone', async () => {
    const insert = async (status: string, heartbeatAgo: string) => {
      const [{ id }]: { id: string }[] = await t.db.query(
        `INSERT INTO product_import_job (supplier_id, created_by, file_name, status, heartbeat_at)
         SELECT $1, id, 'x.csv', $2, now() - $3::interval FROM app_user LIMIT 1 RETURNING id`,
        [gaohanId, status, heartbeatAgo],
      );
      return id;
    };
    const staleImporting = await insert('importing', '10 minutes');
    const staleValidating = await insert('validating', '1 hour');
    const live = await insert('importing', '10 seconds');
    const done = await insert('done', '2 days');
    const waiting = await insert('has_errors', '2 days');

    const restarted = await createTestApp({ databaseUrl: t.api.databaseUrl, dataDir: tempDataDir() });
    await restarted.close();

    for (const id of [staleImporting, staleValidating]) {
      expect(await jobRow(id)).toMatchObject({ status: 'failed', failure_message: INTERRUPTED_IMPORT_MESSAGE });
    }
    expect((await jobRow(live)).status).toBe('importing');
    expect((await jobRow(done)).status).toBe('done');
    expect((await jobRow(waiting)).status).toBe('has_errors');
  });
});
