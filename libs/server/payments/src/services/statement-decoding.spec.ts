import iconv from 'iconv-lite';
import { decodeStatement } from './statement-decoding';

const csv = '交易流水号,交易日期,付款人户名,付款账号,金额,附言\nTXN-1,2026-11-30,汾西县第一中学,,1234.50,货款 HK23456789AB\n';

describe('bank statement decoding', () => {
  it('reads a GBK file as Excel on Chinese Windows saves it', () => {
    expect(decodeStatement(iconv.encode(csv, 'gbk'))).toEqual({ text: csv, encoding: 'gb18030' });
  });

  it('reads GB18030-only characters (rare surnames outside GBK)', () => {
    const rare = '𠀀村股份经济合作社';
    expect(decodeStatement(iconv.encode(rare, 'gb18030')).text).toBe(rare);
  });

  it('reads UTF-8 with and without a BOM, and UTF-16 with one', () => {
    expect(decodeStatement(Buffer.from(csv, 'utf8'))).toEqual({ text: csv, encoding: 'utf-8' });
    expect(decodeStatement(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]))).toEqual({
      text: csv,
      encoding: 'utf-8',
    });
    expect(decodeStatement(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])).text).toBe(csv);
  });
});
