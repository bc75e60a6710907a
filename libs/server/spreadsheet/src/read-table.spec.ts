import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { columnIndexes, detectFormat, readTable, recordsOf, sheetFormatOf } from './read-table';
import { SpreadsheetError } from './spreadsheet-error';
import { writeCsv } from './csv';
import { writeWorkbook } from './write-workbook';

const HEADER = ['户编号', '户主姓名', '家庭人口'];
const CSV = '户编号,户主姓名,家庭人口\r\nFX-001,张玉兰,4\r\nFX-002,"李,二",3\r\n';

async function xlsxOf(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('户');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function failure(p: Promise<unknown>): Promise<SpreadsheetError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SpreadsheetError);
  return e as SpreadsheetError;
}

describe('reading a spreadsheet from its bytes', () => {
  it('reads the first sheet of an XLSX file with row numbers, skipping blank rows and trimming cells', async () => {
    const bytes = await xlsxOf([
      HEADER,
      [' FX-001 ', '张玉兰', 4],
      [],
      [null, null, null],
      ['FX-002', { richText: [{ text: '李' }, { text: '二' }] }, { formula: '1+2', result: 3 }],
    ]);
    expect(detectFormat(bytes)).toBe('xlsx');
    const table = await readTable(bytes);
    expect(table).toMatchObject({ format: 'xlsx', encoding: null });
    expect(table.rows).toEqual([
      { number: 1, cells: HEADER },
      { number: 2, cells: ['FX-001', '张玉兰', '4'] },
      { number: 5, cells: ['FX-002', '李二', '3'] },
    ]);
  });

  it('shows a date cell as the day, and reads only the columns asked for', async () => {
    const bytes = await xlsxOf([
      ['日期', '金额', '备注'],
      [new Date(Date.UTC(2026, 10, 30)), 12.5, '多余'],
    ]);
    expect((await readTable(bytes, { columns: 2 })).rows[1].cells).toEqual(['2026-11-30', '12.5']);
  });

  it('reads CSV in UTF-8 without a BOM, quoted commas included', async () => {
    const table = await readTable(Buffer.from(CSV, 'utf8'), { format: 'csv' });
    expect(table.encoding).toBe('utf-8');
    expect(table.rows.map((r) => r.cells)).toEqual([HEADER, ['FX-001', '张玉兰', '4'], ['FX-002', '李,二', '3']]);
  });

  it('reads CSV in UTF-8 with the BOM Excel writes, the BOM not in the first header', async () => {
    const table = await readTable(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));
    expect(table).toMatchObject({ format: 'csv', encoding: 'utf-8' });
    expect(table.rows[0].cells[0]).toBe('户编号');
  });

  it('reads CSV saved by Excel on Chinese Windows (GBK), and GB18030-only characters', async () => {
    const gbk = await readTable(iconv.encode(CSV, 'gbk'), { format: 'csv' });
    expect(gbk.encoding).toBe('gb18030');
    expect(gbk.rows.map((r) => r.cells)).toEqual([HEADER, ['FX-001', '张玉兰', '4'], ['FX-002', '李,二', '3']]);
    const rare = await readTable(iconv.encode('名称\n𠀀村股份经济合作社\n', 'gb18030'), { format: 'csv' });
    expect(rare.rows[1].cells).toEqual(['𠀀村股份经济合作社']);
  });

  it('numbers CSV rows by the line they start on, past empty lines and quoted line breaks', async () => {
    const table = await readTable(Buffer.from('a,b\n\n1,"x\ny"\n2,3\n'), { format: 'csv' });
    expect(table.rows.map((r) => r.number)).toEqual([1, 3, 5]);
  });

  it('refuses a file that is not what it claims, in Chinese, or in the caller’s own words', async () => {
    expect((await failure(readTable(Buffer.from('not a zip'), { format: 'xlsx' }))).message).toBe('XLSX 文件无法读取');
    const own = await failure(readTable(Buffer.from('not a zip'), { format: 'xlsx', messages: { 'unreadable-xlsx': '请使用下载的模板' } }));
    expect([own.kind, own.message]).toEqual(['unreadable-xlsx', '请使用下载的模板']);
    const csv = await failure(readTable(Buffer.from('a,"b\n'), { format: 'csv' }));
    expect(csv.kind).toBe('unreadable-csv');
    expect(csv.message).toMatch(/^CSV 文件无法解析：Quote Not Closed/);
  });

  it('refuses an empty CSV and an XLSX whose sheet has no text', async () => {
    expect((await failure(readTable(Buffer.alloc(0), { format: 'csv' }))).message).toBe('文件是空的');
    expect((await failure(readTable(await xlsxOf([[], ['', '  ']])))).kind).toBe('empty');
  });

  it('refuses more rows under the header than allowed, saying how many', async () => {
    const lines = ['编号', ...Array.from({ length: 6 }, (_, i) => `N-${i}`)].join('\n');
    const e = await failure(readTable(Buffer.from(lines), { format: 'csv', maxRows: 5 }));
    expect([e.kind, e.message]).toEqual(['too-many-rows', '一次最多导入 5 行，本文件有 6 行']);
    expect((await readTable(Buffer.from(lines), { format: 'csv', maxRows: 6 })).rows).toHaveLength(7);
  });
});

describe('header mapping', () => {
  it('keys rows by the header texts and keeps their row numbers', async () => {
    const { rows } = await readTable(Buffer.from(' 户编号 ,户主姓名\nFX-1, 王 \nFX-2\n'));
    expect(recordsOf(rows)).toEqual([
      { row: 2, values: { 户编号: 'FX-1', 户主姓名: '王' } },
      { row: 3, values: { 户编号: 'FX-2', 户主姓名: '' } },
    ]);
  });

  it('finds columns by any accepted name, -1 for a missing one', () => {
    expect(
      columnIndexes([' name ', '行政区划代码'], { name: ['单位名称', 'name'], regionCode: ['行政区划代码'], parent: ['主管单位'] }),
    ).toEqual({ name: 0, regionCode: 1, parent: -1 });
  });

  it('tells the format from a file name', () => {
    expect([sheetFormatOf('户.XLSX'), sheetFormatOf('a.csv'), sheetFormatOf('a.xls'), sheetFormatOf('csv')]).toEqual([
      'xlsx',
      'csv',
      null,
      null,
    ]);
  });
});

describe('writing', () => {
  it('writes CSV that reads back, with a BOM for Excel', async () => {
    const bytes = writeCsv([HEADER, ['FX-1', '李,"二"', '3']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await readTable(bytes)).rows.map((r) => r.cells)).toEqual([HEADER, ['FX-1', '李,"二"', '3']]);
  });

  it('writes sheets with a merged title, bold header and totals, widths, number formats and merged cells', async () => {
    const bytes = await writeWorkbook([
      {
        name: '一个超过三十一个字符的工作表名称一个超过三十一个字符的工作表名称',
        title: '2026 年通报',
        above: [{ cells: ['采购单位：汾西县第一中学'] }],
        columns: [
          { header: '单位', key: 'unit', width: 28 },
          { header: '金额（元）', key: 'amount', numFmt: '#,##0.00' },
          { header: '完成率', key: 'rate', numFmt: '0.00%' },
        ],
        rows: [{ unit: '汾西县第一中学', amount: 1234.5, rate: 0.5 }, ['', 10, 0.25]],
        mergeDown: [{ from: 0, to: 1, columns: [1] }],
        below: [
          { cells: ['合计', 1244.5, null], bold: true },
          { cells: ['大写'], mergeAcross: true },
        ],
        landscape: true,
      },
      { name: '汇总', rows: [['主播人数', 5]] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const [ws, plain] = wb.worksheets;
    expect(ws.name).toHaveLength(31);
    expect(ws.getCell('A1').value).toBe('2026 年通报');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['单位', '金额（元）', '完成率']);
    expect(ws.getCell('A3').font).toMatchObject({ bold: true });
    expect(ws.getCell('A4').value).toBe('汾西县第一中学');
    expect(ws.getCell('B4').numFmt).toBe('#,##0.00');
    expect(ws.getCell('C5').numFmt).toBe('0.00%');
    expect(ws.getCell('A5').isMerged).toBe(true);
    expect(ws.getCell('A6').font).toMatchObject({ bold: true });
    expect(ws.getCell('C7').isMerged).toBe(true);
    expect([ws.getColumn(1).width, ws.getColumn(2).width]).toEqual([28, 16]);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(plain.getCell('A1').value).toBe('主播人数');
    expect(plain.getCell('A1').font?.bold).toBeFalsy();
  });
});
