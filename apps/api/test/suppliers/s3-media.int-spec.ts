import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { S3Error, S3ImageStore } from '@yigou/server/media';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { S3Standin } from './s3-standin';
import { APPLY, application, creditCode, pngBytes, registerUser, tempDataDir, upload } from './supplier-fixtures';

const KEY_ID = 'AKSTANDINEXAMPLE';
const SECRET = 'standin/secret+key/EXAMPLE';

// Boots the API twice on a shared 2-core machine: give hooks room.
jest.setTimeout(90_000);
describe('images in an S3-compatible store (local stand-in that checks Signature V4)', () => {
  let standin: S3Standin;
  let t: TestApp;
  let env: Record<string, string>;
  let dataDir: string;
  let token: string;

  beforeAll(async () => {
    standin = new S3Standin(KEY_ID, SECRET);
    const port = await standin.start();
    env = {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: 'yigou-media',
      S3_REGION: 'cn-north-1',
      S3_ACCESS_KEY_ID: KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET,
      S3_FORCE_PATH_STYLE: 'true',
    };
    dataDir = tempDataDir();
    t = await createTestApp({ dataDir }, env);
    token = (await registerUser(t, 'S3 上传者')).token;
  });
  afterAll(async () => {
    await t.close();
    await standin.close();
  });

  it('an upload puts the image and its WebP thumbnail in the bucket, signed, with their content types, and nothing in the data folder', async () => {
    const bytes = await pngBytes('#2a7');
    const r = await upload(t, token, bytes);
    expect(r.status).toBe(201);
    const key = /^\/media\/uploads\/([0-9a-f]{2}\/[0-9a-f-]{36})\.png$/.exec(r.body.url!)![1];
    expect(r.body.thumbUrl).toBe(`/media/uploads/${key}.thumb.webp`);

    const original = standin.objects.get(`/yigou-media/${key}.png`)!;
    expect(original.contentType).toBe('image/png');
    expect(original.body.equals(bytes)).toBe(true);
    expect(original.cacheControl).toContain('immutable');
    const thumb = standin.objects.get(`/yigou-media/${key}.thumb.webp`)!;
    expect(thumb.contentType).toBe('image/webp');
    expect(await sharp(thumb.body).metadata()).toMatchObject({ format: 'webp', width: 400, height: 400 });

    expect(standin.log.filter((l) => l.reason)).toEqual([]);
    expect(standin.log.filter((l) => l.method === 'PUT').map((l) => l.path)).toEqual([
      `/yigou-media/${key}.png`,
      `/yigou-media/${key}.thumb.webp`,
    ]);
    expect(existsSync(join(dataDir, 'media', 'uploads', key.slice(0, 2)))).toBe(false);
  });

  it('GET of the media url serves the object through the API with cache headers, and 304 for a fresh ETag', async () => {
    const bytes = await pngBytes('#27a');
    const { body } = await upload(t, token, bytes);
    const res = await fetch(`${t.url}${body.url}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await fetch(`${t.url}${body.url}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const thumb = await fetch(`${t.url}${body.thumbUrl}`);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).format).toBe('webp');

    expect((await fetch(`${t.url}/media/uploads/aa/00000000-0000-0000-0000-000000000000.png`)).status).toBe(404);
    expect((await fetch(`${t.url}/media/uploads/aa/..%2F..%2Fetc.png`)).status).toBe(404);
  });

  it('the uploaded image can be used in a supplier application (existence is asked of the bucket); an unknown key is refused', async () => {
    const applicant = await registerUser(t, '申请人');
    const { body } = await upload(t, applicant.token, await pngBytes());
    const ok = await t.gql<{ applyAsSupplier: { status: string } }>(
      APPLY,
      { input: application(body.url!, { creditCode: creditCode(4242) }) },
      applicant.token,
    );
    expect(ok.errors).toBeUndefined();
    expect(
      standin.log.some(
        (l) => l.method === 'HEAD' && l.path === `/yigou-media${body.url!.slice('/media/uploads'.length)}` && l.status === 200,
      ),
    ).toBe(true);
    const other = await registerUser(t, '另一申请人');
    const missing = await t.gql(
      APPLY,
      { input: application('/media/uploads/ab/00000000-0000-0000-0000-00000000abcd.png', { creditCode: creditCode(4243) }) },
      other.token,
    );
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'licenseImageUrl' });
  });

  it('a store that refuses the signature stores nothing; the upload fails with a Chinese message', async () => {
    const wrong = new S3ImageStore({
      endpoint: env.S3_ENDPOINT,
      bucket: 'yigou-media',
      region: 'cn-north-1',
      accessKeyId: KEY_ID,
      secretAccessKey: 'not-the-secret',
      forcePathStyle: true,
      publicUrl: null,
    });
    const before = standin.objects.size;
    await expect(wrong.put('ab/x.png', Buffer.from('x'), 'image/png')).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('SignatureDoesNotMatch'),
    });
    await expect(wrong.put('ab/x.png', Buffer.from('x'), 'image/png')).rejects.toBeInstanceOf(S3Error);

    standin.secretAccessKey = 'rotated-elsewhere';
    try {
      const r = await upload(t, token, await pngBytes());
      expect(r).toMatchObject({ status: 500, body: { code: 'INTERNAL_SERVER_ERROR', message: '图片保存失败，请稍后重试' } });
    } finally {
      standin.secretAccessKey = SECRET;
    }
    expect(standin.objects.size).toBe(before);
  });

  it('with S3_PUBLIC_URL the media url redirects to the public bucket url', async () => {
    const { body } = await upload(t, token, await pngBytes());
    const second = await createTestApp(
      { databaseUrl: t.api.databaseUrl, dataDir },
      { ...env, S3_PUBLIC_URL: 'https://img.example.cn/yigou/' },
    );
    try {
      const res = await fetch(`${second.url}${body.url}`, { redirect: 'manual' });
      expect(res.status).toBe(301);
      expect(res.headers.get('location')).toBe(`https://img.example.cn/yigou/${body.url!.slice('/media/uploads/'.length)}`);
      expect(res.headers.get('cache-control')).toContain('max-age=31536000');
    } finally {
      await second.close();
    }
  });
});
