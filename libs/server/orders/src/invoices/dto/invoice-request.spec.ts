import 'reflect-metadata';
import { validationPipe } from '@yigou/server/core';
import { InvoiceInput, PlaceOrderInput } from '../../dto/order.inputs';
import { invoiceProblems, invoiceSnapshot } from './invoice-request';

const SPECIAL = {
  kind: 'special' as const,
  title: '汾西县第一中学',
  taxNo: '12141034MB1234567X',
  bankName: '中国农业银行汾西县支行',
  bankAccount: '1445 0101 0400 01234',
  address: '山西省临汾市汾西县永安镇府前街 1 号',
  phone: '0357-7221234',
};

/** The refusal invoiceSnapshot throws: its message and extensions. */
function refusal(input: Parameters<typeof invoiceSnapshot>[0]): { message: string; extensions: Record<string, unknown> } {
  try {
    invoiceSnapshot(input);
  } catch (e) {
    const err = e as { message: string; extensions: Record<string, unknown> };
    return { message: err.message, extensions: err.extensions };
  }
  throw new Error('not refused');
}

describe('invoiceSnapshot names every wrong field of an invoice request at once', () => {
  it('stores a sound 专票 trimmed, its tax number in capitals and its account without spaces', () => {
    expect(invoiceSnapshot({ ...SPECIAL, title: ' 汾西县第一中学 ', taxNo: '12141034mb1234567x' })).toEqual({
      ...SPECIAL,
      taxNo: '12141034MB1234567X',
      bankAccount: '14450101040001234',
    });
    expect(invoiceSnapshot({ title: '汾西县第一中学' })).toEqual({
      kind: 'normal',
      title: '汾西县第一中学',
      taxNo: null,
      bankName: null,
      bankAccount: null,
      address: null,
      phone: null,
    });
  });

  it('a 专票 with only its 抬头: the tax number and the four details, each under its own field, the first as the message', () => {
    const r = refusal({ kind: 'special', title: '汾西县第一中学', bankName: '  ' });
    expect(r.message).toBe('开具专票需要填写纳税人识别号');
    expect(r.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'taxNo',
      fields: [
        { field: 'taxNo', message: '开具专票需要填写纳税人识别号' },
        { field: 'bankName', message: '开具专票需要填写开户银行' },
        { field: 'bankAccount', message: '开具专票需要填写银行账号' },
        { field: 'address', message: '开具专票需要填写单位注册地址' },
        { field: 'phone', message: '开具专票需要填写单位注册电话' },
      ],
    });
  });

  it('wrong forms and missing details together, in the form’s order', () => {
    const problems = invoiceProblems({ ...SPECIAL, title: '汾', taxNo: '123', bankAccount: '6222-abc', address: null, phone: '12345' });
    expect(problems).toEqual([
      { field: 'title', message: '发票抬头为 2–60 个字' },
      { field: 'taxNo', message: '税号应为 15、18 或 20 位' },
      { field: 'bankAccount', message: '银行账号应为 8–32 位数字' },
      { field: 'address', message: '开具专票需要填写单位注册地址' },
      { field: 'phone', message: '单位注册电话应为手机或固话号码' },
    ]);
  });

  it('bounds every field as it arrives: a sound 抬头 padded past 200 characters is refused, not trimmed into shape', () => {
    expect(invoiceProblems({ ...SPECIAL, title: `汾西县第一中学${' '.repeat(200)}`, bankName: `${' '.repeat(199)}银` })).toEqual([
      { field: 'title', message: '发票抬头为 2–60 个字' },
    ]);
  });

  it('a 普票 needs no bank details, but what it gives must have its form; one wrong field comes without a list', () => {
    expect(invoiceProblems({ kind: 'normal', title: '汾西县第一中学' })).toEqual([]);
    expect(refusal({ kind: 'normal', title: '汾西县第一中学', phone: '12345' })).toEqual({
      message: '单位注册电话应为手机或固话号码',
      extensions: { code: 'BAD_USER_INPUT', field: 'phone' },
    });
    expect(invoiceProblems({ kind: 'receipt' as never, title: '汾西县第一中学' })).toEqual([
      { field: 'kind', message: '发票类型应为普票或专票' },
    ]);
  });
});

describe('the validation pipe checks an invoice input by the same rules', () => {
  const refusedBy = async (metatype: new () => unknown, value: unknown) => {
    try {
      await validationPipe().transform(value, { type: 'body', data: 'input', metatype });
      return null;
    } catch (e) {
      return (e as { message: string; extensions: Record<string, unknown> }).extensions;
    }
  };

  it('requestInvoice’s input: a short 抬头 and a 专票’s missing details in one refusal', async () => {
    const ext = await refusedBy(InvoiceInput, { kind: 'special', title: '汾', taxNo: '12141034MB1234567X' });
    expect(ext).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((ext?.fields as { field: string }[]).map((f) => f.field)).toEqual(['title', 'bankName', 'bankAccount', 'address', 'phone']);
    expect(await refusedBy(InvoiceInput, SPECIAL)).toBeNull();
  });

  it('checkout: the invoice’s fields are named under invoice., beside the order’s other wrong fields', async () => {
    const ext = await refusedBy(PlaceOrderInput, {
      lines: [],
      addressId: 'not-a-uuid',
      paymentMethod: 'bank_transfer',
      invoice: { kind: 'special', title: '汾西县第一中学' },
    });
    expect((ext?.fields as { field: string }[]).map((f) => f.field)).toEqual(
      expect.arrayContaining([
        'lines',
        'addressId',
        'invoice.taxNo',
        'invoice.bankName',
        'invoice.bankAccount',
        'invoice.address',
        'invoice.phone',
      ]),
    );
  });
});
