import sharp from 'sharp';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { registerUser, tempDataDir, upload } from '../suppliers/supplier-fixtures';

jest.setTimeout(60_000);

/** Every route that takes a file (FileUpload), by its path. */
const UPLOAD_ROUTES = [
  '/media/images',
  '/catalog/imports',
  '/uploads/work-units',
  '/uploads/households',
  '/uploads/benefit-links',
  `/uploads/invoices/${randomUUID()}`,
  '/payments/bank-statements',
];

const BOUNDARY = 'yigou-upload-gate';

/**
 * Starts a multipart upload declaring `declared` bytes, sends only its first 64 KB, and waits for an answer while the
 * rest is held back: what the API says before it has the file, or 'no answer' after `waitMs`.
 */
function partialUpload(
  base: string,
  path: string,
  declared: number,
  token: string | null,
  waitMs = 3000,
): Promise<{ status: number; body: string; retryAfter?: string } | 'no answer'> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const req = request({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(declared),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      resolve('no answer');
    }, waitMs);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => {
        clearTimeout(timer);
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, retryAfter: res.headers['retry-after'] as string | undefined });
      });
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      // the API may close the connection once it has answered; an answer already resolved the promise
      if ((e as NodeJS.ErrnoException).code !== 'ECONNRESET' && (e as NodeJS.ErrnoException).code !== 'EPIPE') reject(e);
    });
    req.write(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`);
    req.write(Buffer.alloc(64 * 1024, 7));
  });
}

const smallPng = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#393' } })
    .png()
    .toBuffer();

describe('a file is read only from a signed-in user with upload budget left', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir(), uploadBudget: { megabytes: 3, windowSeconds: 3600 } });
  });
  afterAll(() => t.close());

  it('refuses an anonymous upload on every file route before its body arrives (401, nothing held in memory)', async () => {
    for (const path of UPLOAD_ROUTES) {
      const answer = await partialUpload(t.url, path, 9 * 1024 * 1024, null);
      expect({ path, answer }).toEqual({
        path,
        answer: expect.objectContaining({ status: 401, body: expect.stringContaining('UNAUTHENTICATED') }),
      });
    }
  });

  it('refuses an expired or forged token the same way', async () => {
    const answer = await partialUpload(t.url, '/media/images', 9 * 1024 * 1024, 'not-a-token');
    expect(answer).toEqual(expect.objectContaining({ status: 401 }));
  });

  it('charges each upload by its size, at least 1 MB, all kinds together, and refuses past the budget with 429', async () => {
    const a = await registerUser(t, '上传者甲');
    const b = await registerUser(t, '上传者乙');
    const c = await registerUser(t, '上传者丁');
    const png = await smallPng();
    // three small images: 1 MB each of a's 3 MB
    for (let i = 0; i < 3; i++) expect((await upload(t, a.token, png)).status).toBe(201);
    const fourth = await upload(t, a.token, png);
    expect(fourth).toEqual({ status: 429, body: expect.objectContaining({ code: 'RATE_LIMITED' }) });
    expect(fourth.body.message).toMatch(/^上传的文件太多，请 \d+ 分钟后再试$/);
    // a client that sends its whole large file anyway (as a browser does) gets the answer, not a broken connection
    const big = await upload(t, a.token, Buffer.alloc(5 * 1024 * 1024, 1));
    expect(big).toEqual({ status: 429, body: expect.objectContaining({ code: 'RATE_LIMITED' }) });
    // refused before the body is read, with the time to wait
    const held = await partialUpload(t.url, '/media/images', 9 * 1024 * 1024, a.token);
    expect(held).toEqual(expect.objectContaining({ status: 429 }));
    expect(Number((held as { retryAfter?: string }).retryAfter)).toBeGreaterThan(3000);
    // another user keeps their own budget
    expect((await upload(t, c.token, png)).status).toBe(201);
    // a 2.5 MB bank statement (refused for b's role, but charged: it was admitted to be read) costs 3 MB of b's budget,
    // so b's first image is refused
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(Buffer.alloc(2.5 * 1024 * 1024, 65))], { type: 'text/csv' }), 'statement.csv');
    const statement = await fetch(`${t.url}/payments/bank-statements`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${b.token}` },
    });
    expect(statement.status).toBe(403);
    expect((await upload(t, b.token, png)).status).toBe(429);
  });
});

describe('without a budget (UPLOAD_BUDGET_MB=0) uploads are only signed-in', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
  });
  afterAll(() => t.close());

  it('takes as many uploads as a user sends, and still refuses anonymous ones before the body', async () => {
    const a = await registerUser(t, '上传者丙');
    const png = await smallPng();
    for (let i = 0; i < 5; i++) expect((await upload(t, a.token, png)).status).toBe(201);
    expect(await partialUpload(t.url, '/media/images', 9 * 1024 * 1024, null)).toEqual(expect.objectContaining({ status: 401 }));
  });
});
