import { createTestApp, TestApp } from '@yigou/server/testing';

jest.setTimeout(60_000);

const FENXI = '141034';

/** POSTs one multipart file (and fields) to an upload route, as a browser's FormData would. */
async function upload(
  t: TestApp,
  path: string,
  file: { name: string; content: string | Buffer },
  token: string | null,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]), file.name);
  const res = await fetch(`${t.url}${path}`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('uploads outside the JSON body', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
  });
  afterAll(() => t.close());

  it('imports work units from a multipart CSV', async () => {
    const admin = await t.loginAs('admin');
    const csv = '单位名称,行政区划代码,主管单位,在编人数,是否有食堂,食堂采购预算（元）\r\n汾西县上传测试局,141034,,30,否,0\r\n';
    const r = await upload(t, '/uploads/work-units', { name: '单位.csv', content: csv }, admin);
    expect(r).toEqual({ status: 200, body: { created: 1, errors: [] } });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM work_unit WHERE name = '汾西县上传测试局'`);
    expect(n).toBe(1);
  });

  it('hands a county household spreadsheet to the importer, which lists each bad row and writes nothing', async () => {
    const county = await t.loginAs('county-admin');
    const csv = [
      '户编号,村,户主姓名,身份证号,家庭人口,户类别,上年人均纯收入(元),帮扶责任人',
      'UP-1,141034000000,赵大,123,0,富裕户,abc,',
    ].join('\n');
    const r = await upload(t, '/uploads/households', { name: 'households.csv', content: csv }, county, { countyCode: FENXI });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ kind: 'households', status: 'failed', totalRows: 1, createdRows: 0 });
    expect((r.body.errors as unknown[]).length).toBeGreaterThan(0);
    const missing = await upload(t, '/uploads/benefit-links', { name: 'links.csv', content: 'x' }, county);
    expect(missing).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'countyCode' } });
  });

  it('refuses a file over its kind’s limit with 413 FILE_TOO_LARGE, a wrong file type, and a caller who is not signed in', async () => {
    const admin = await t.loginAs('admin');
    const big = await upload(t, '/uploads/work-units', { name: 'units.csv', content: Buffer.alloc(5 * 1024 * 1024 + 10, 'a') }, admin);
    expect(big).toEqual({ status: 413, body: { code: 'FILE_TOO_LARGE', message: '单位导入文件不能超过 5 MB', field: 'file' } });
    const pdf = await upload(t, '/uploads/work-units', { name: 'units.pdf', content: 'x' }, admin);
    expect(pdf).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', message: '只支持 xlsx 或 csv 文件' } });
    const anonymous = await upload(t, '/uploads/work-units', { name: 'units.csv', content: 'x' }, null);
    expect(anonymous.status).toBe(401);
  });

  it('takes a file of exactly its kind’s limit and refuses one byte more, by the upload rule alone, with the kind’s message', async () => {
    const [admin, supplier, finance] = await Promise.all(['admin', 'supplier', 'platform-finance'].map((l) => t.loginAs(l)));
    const MB = 1024 * 1024;
    const exact = await upload(t, '/uploads/work-units', { name: 'units.csv', content: Buffer.alloc(5 * MB, 'a') }, admin);
    expect(exact.status).not.toBe(413);
    const over = (path: string, limit: number, token: string, fields: Record<string, string> = {}) =>
      upload(t, path, { name: 'big.csv', content: Buffer.alloc(limit + 1, 'a') }, token, fields);
    expect(await over('/uploads/work-units', 5 * MB, admin)).toEqual({
      status: 413,
      body: { code: 'FILE_TOO_LARGE', message: '单位导入文件不能超过 5 MB', field: 'file' },
    });
    expect(await over('/payments/bank-statements', 5 * MB, finance)).toEqual({
      status: 413,
      body: { code: 'FILE_TOO_LARGE', message: '银行流水文件不能超过 5 MB', field: 'file' },
    });
    expect(await over('/catalog/imports', 10 * MB, supplier, { supplierId: '00000000-0000-4000-8000-000000000000' })).toEqual({
      status: 413,
      body: { code: 'FILE_TOO_LARGE', message: '商品导入文件不能超过 10 MB', field: 'file' },
    });
  });

  it('keeps the JSON body small: a GraphQL request over 256 KB is refused with 413', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ categories { productCount } }', variables: { pad: 'x'.repeat(300 * 1024) } }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: '请求内容超过 256KB；文件请作为附件上传', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    const broken = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const small = await t.gql(`{ categories { productCount } }`, { pad: 'x'.repeat(100 * 1024) });
    expect(small.status).toBe(200);
  });
});
