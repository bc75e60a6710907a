import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { MediaSweepJob } from '@yigou/server/media';
import { pngBytes, tempDataDir, upload } from './supplier-fixtures';

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id images { url } } }`;

jest.setTimeout(90_000);

/**
 * 清理未使用的图片: an image uploaded for a form that was never saved is removed after a day (bytes, thumbnail and
 * record); an image a product uses stays, however old; a fresh upload stays; and a form saved while the sweep is
 * removing its image is refused (请重新上传), never left pointing at nothing.
 */
describe('unclaimed uploads are swept, claimed ones kept', () => {
  let t: TestApp;
  let dataDir: string;
  let supplier: string;
  let supplierId: string;

  beforeAll(async () => {
    dataDir = tempDataDir();
    t = await createTestApp({ dataDir });
    supplier = await t.loginAs('supplier');
    [{ id: supplierId }] = await t.db.query(`SELECT id FROM supplier WHERE demo_key = 'gaohan'`);
  });
  afterAll(() => t.close());

  const keyOf = (url: string) => url.replace('/media/uploads/', '');
  const onDisk = (url: string) => existsSync(join(dataDir, 'media', 'uploads', keyOf(url)));
  const served = async (url: string) => (await fetch(`${t.url}${url}`)).status;
  const thumbOf = (url: string) => url.replace(/\.png$/, '.thumb.webp');
  const ageHours = (url: string, hours: number) =>
    t.db.query(`UPDATE media_upload SET uploaded_at = now() - make_interval(hours => $2) WHERE key = $1`, [keyOf(url), hours]);
  const createProduct = (imageUrl: string, name: string) =>
    t.gql<{ createProduct: { id: string; images: { url: string }[] } }>(
      CREATE,
      {
        input: {
          supplierId,
          name,
          category: 'fruit',
          imageUrls: [imageUrl],
          skus: [{ spec: '5kg', unit: '箱', priceFen: '6800', stock: 5 }],
        },
      },
      supplier,
    );

  it('removes the day-old upload nobody used; keeps the used one and the fresh one', async () => {
    const used = (await upload(t, supplier, await pngBytes('#3a3'))).body.url!;
    const abandoned = (await upload(t, supplier, await pngBytes('#a33'))).body.url!;
    const fresh = (await upload(t, supplier, await pngBytes('#33a'))).body.url!;
    const rows = await t.db.query(`SELECT key, uploaded_by, claimed_at FROM media_upload WHERE key = ANY($1) ORDER BY key`, [
      [used, abandoned, fresh].map(keyOf),
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.every((r: { claimed_at: Date | null; uploaded_by: string }) => r.claimed_at === null && r.uploaded_by)).toBe(true);

    const product = await createProduct(used, '清理测试香梨');
    expect(product.errors).toBeUndefined();
    expect(product.data!.createProduct.images.map((i) => i.url)).toEqual([used]);
    for (const url of [used, abandoned]) await ageHours(url, 25);
    await ageHours(fresh, 23);

    const swept = await t.api.app.get(MediaSweepJob).runOnce(new Date());
    expect(swept).toBe(1);
    expect([await served(abandoned), await served(thumbOf(abandoned))]).toEqual([404, 404]);
    expect([onDisk(abandoned), onDisk(thumbOf(abandoned))]).toEqual([false, false]);
    for (const url of [used, fresh]) {
      expect([await served(url), await served(thumbOf(url)), onDisk(url)]).toEqual([200, 200, true]);
    }
    const left = await t.db.query(`SELECT key FROM media_upload WHERE key = ANY($1) ORDER BY key`, [[used, abandoned, fresh].map(keyOf)]);
    expect(left.map((r: { key: string }) => r.key)).toEqual([used, fresh].map(keyOf).sort());

    // the form saved late names an image that is gone: refused, not a product with a broken picture
    const late = await createProduct(abandoned, '迟到的香梨');
    expect(late.errors?.[0]).toMatchObject({ message: '图片无效，请重新上传' });
    // a second run has nothing more to do
    expect(await t.api.app.get(MediaSweepJob).runOnce(new Date())).toBe(0);
  });

  it('a form saved while the sweep holds its image waits for the sweep, then is refused', async () => {
    const racing = (await upload(t, supplier, await pngBytes('#aa3'))).body.url!;
    await ageHours(racing, 30);
    const sweep = t.db.createQueryRunner();
    await sweep.connect();
    try {
      // what MediaSweepJob does to a batch: lock the rows, remove the bytes, forget the rows, commit
      await sweep.startTransaction();
      await sweep.query(`SELECT key FROM media_upload WHERE key = $1 FOR UPDATE`, [keyOf(racing)]);
      let settled = false;
      const saving = createProduct(racing, '同时保存的香梨').finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 500));
      expect(settled).toBe(false); // the claim waits on the sweep's lock
      await t.api.app.get(MediaSweepJob).runOnce(new Date()); // another sweep skips the locked row (SKIP LOCKED)
      expect(onDisk(racing)).toBe(true);
      await sweep.query(`DELETE FROM media_upload WHERE key = $1`, [keyOf(racing)]);
      const { rmSync } = await import('node:fs');
      for (const u of [racing, thumbOf(racing)]) rmSync(join(dataDir, 'media', 'uploads', keyOf(u)));
      await sweep.commitTransaction();
      const saved = await saving;
      expect(saved.errors?.[0]).toMatchObject({ message: '图片无效，请重新上传' });
      expect(await t.db.query(`SELECT 1 FROM media_upload WHERE key = $1`, [keyOf(racing)])).toHaveLength(0);
    } finally {
      await sweep.release();
    }
  });

  it('an image uploaded before uploads were recorded is claimed when used, and never swept', async () => {
    const old = (await upload(t, supplier, await pngBytes('#3aa'))).body.url!;
    await t.db.query(`DELETE FROM media_upload WHERE key = $1`, [keyOf(old)]);
    expect((await createProduct(old, '老图片香梨')).errors).toBeUndefined();
    const [row] = await t.db.query(`SELECT claimed_at FROM media_upload WHERE key = $1`, [keyOf(old)]);
    expect(row.claimed_at).not.toBeNull();
    await ageHours(old, 100);
    await t.api.app.get(MediaSweepJob).runOnce(new Date());
    expect(await served(old)).toBe(200);
  });
});
