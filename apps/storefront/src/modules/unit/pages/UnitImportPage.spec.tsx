import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { TEMPLATE_CSV } from '../utils/import-file';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { mockUploads } from '../../../test/uploads';
import { UnitImportPage } from './UnitImportPage';

const finance = sessionUser({
  id: 'u-finance',
  displayName: '临汾市财政局 赵科长',
  roles: [
    { __typename: 'RoleGrant', role: 'finance_reviewer', scopeLabel: '临汾市', unitId: null, supplierId: null, regionCode: '141000' },
  ],
  unit: null,
});
const me = (user = finance) => ({ request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me: user } } });
const CSV = '单位名称,行政区划代码\n汾西县审计局,141034\n某某局,999999\n';
/** The API's answer to POST /uploads/work-units; returns the spy to inspect what was sent. */
const mockUpload = mockUploads;
afterEach(() => vi.unstubAllGlobals());

const page = (
  <RequireAuth>
    <UnitImportPage />
  </RequireAuth>
);
const choose = (file: File) => fireEvent.change(screen.getByTestId('unit-import-file'), { target: { files: [file] } });

describe('Unit import page', () => {
  it('uploads the CSV as a multipart file and lists each problem by row and column', async () => {
    const sent = mockUpload(200, {
      created: 0,
      errors: [
        { row: 3, field: 'regionCode', message: '未知的行政区划代码：999999' },
        { row: 3, field: 'headcount', message: '在编人数必须是不小于 0 的整数' },
      ],
    });
    renderWithProviders(page, { store: signedInStore(), mocks: [me()] });
    await screen.findByTestId('unit-import-file');
    choose(new File([CSV], 'units.csv', { type: 'text/csv' }));
    fireEvent.click(screen.getByTestId('unit-import-start'));
    expect((await screen.findByTestId('import-summary')).textContent).toBe('文件中有 2 处错误，未导入任何单位。请修改后重新上传。');
    const [{ url, method, body }] = sent;
    expect(url).toBe('/uploads/work-units');
    expect(method).toBe('POST');
    expect((body.get('file') as File).name).toBe('units.csv');
    expect(screen.getAllByTestId('import-error').map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['3', '行政区划代码', '未知的行政区划代码：999999'],
      ['3', '在编人数', '在编人数必须是不小于 0 的整数'],
    ]);
  });

  it('reports how many units were created', async () => {
    mockUpload(200, { created: 2, errors: [] });
    renderWithProviders(page, { store: signedInStore(), mocks: [me()] });
    await screen.findByTestId('unit-import-file');
    choose(new File([CSV], 'UNITS.CSV'));
    fireEvent.click(screen.getByTestId('unit-import-start'));
    expect((await screen.findByTestId('import-summary')).textContent).toBe('导入成功：新增 2 个单位');
  });

  it('checks the file before sending and shows the server’s refusal of an unreadable one', async () => {
    mockUpload(400, { code: 'BAD_USER_INPUT', message: '文件中没有数据行', field: 'content' });
    renderWithProviders(page, { store: signedInStore(), mocks: [me()] });
    fireEvent.click(await screen.findByTestId('unit-import-start'));
    expect(screen.getByTestId('unit-import-error').textContent).toBe('请选择要导入的文件');
    choose(new File(['x'], 'units.pdf'));
    fireEvent.click(screen.getByTestId('unit-import-start'));
    expect(screen.getByTestId('unit-import-error').textContent).toBe('只支持 .xlsx 或 .csv 文件');
    choose(new File(['x'], 'units.csv'));
    fireEvent.click(screen.getByTestId('unit-import-start'));
    await waitFor(() => expect(screen.getByTestId('unit-import-error').textContent).toBe('文件中没有数据行'));
  });

  it('offers a CSV template with the headers the server reads', async () => {
    renderWithProviders(page, { store: signedInStore(), mocks: [me()] });
    const href = (await screen.findByTestId('unit-template')).getAttribute('href') ?? '';
    const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(text.replace(/^\uFEFF/, '')).toBe(TEMPLATE_CSV);
    expect(TEMPLATE_CSV.split('\r\n')[0]).toBe('单位名称,行政区划代码,主管单位,在编人数,是否有食堂,食堂采购预算（元）');
  });

  it('a buyer is told only admins or the finance office may import', async () => {
    const buyer = sessionUser({
      roles: [{ __typename: 'RoleGrant', role: 'buyer', scopeLabel: null, unitId: null, supplierId: null, regionCode: null }],
    });
    renderWithProviders(page, { store: signedInStore(), mocks: [me(buyer)] });
    expect((await screen.findByTestId('empty-state')).textContent).toContain('只有平台管理员或财政部门可以导入单位');
    expect(screen.queryByTestId('unit-import-file')).toBeNull();
  });
});
