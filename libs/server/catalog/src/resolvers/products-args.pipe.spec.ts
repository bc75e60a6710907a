import 'reflect-metadata';
import { validationPipe } from '@yigou/server/core';
import { ProductsArgs } from '../dto/catalog.types';
import { plainlyValidProductsArgs, ProductsArgsPipe } from './products-args.pipe';

const meta = { type: 'custom' as const, data: undefined, metatype: Object };

/** 'ok' or the refusal's message and field, from `check`. */
async function answer(check: () => Promise<unknown>): Promise<string> {
  try {
    await check();
    return 'ok';
  } catch (e) {
    const err = e as { message: string; extensions?: { field?: string } };
    return `${err.message} @ ${err.extensions?.field}`;
  }
}
const globalAnswer = (v: unknown) => answer(() => validationPipe().transform(v, { ...meta, metatype: ProductsArgs }));
const pipeAnswer = (v: unknown) => answer(() => new ProductsArgsPipe().transform(v, meta));

const cases: [string, unknown][] = [
  ['the storefront search', { search: 'ylxl', first: 20 }],
  ['a county page', { countyCode: '141034', first: 20, after: 'WyJ4Il0' }],
  ['every filter', { search: '香梨', countyCode: '141034', category: 'fruit', supplierId: 'x', certifiedOnly: true, sort: 'sales' }],
  ['nulls everywhere', { search: null, countyCode: null, category: null, supplierId: null, certifiedOnly: null, sort: null }],
  ['nothing', {}],
  ['a number as text', { search: 12 }],
  ['an unknown category', { category: 'cars' }],
  ['an unknown sort', { sort: 'name' }],
  ['certifiedOnly as text', { certifiedOnly: 'yes' }],
  ['a number as county', { countyCode: 141034 }],
];

describe('ProductsArgsPipe', () => {
  it.each(cases)('%s: answers exactly as the global pipe does', async (_name, value) => {
    expect(await pipeAnswer(value)).toBe(await globalAnswer(value));
  });

  it.each(cases)('%s: takes the short way only when class-validator accepts it too', async (_name, value) => {
    if (plainlyValidProductsArgs(value)) expect(await globalAnswer(value)).toBe('ok');
  });

  it('takes the short way for what GraphQL hands it, and not for what the decorators refuse', () => {
    expect(plainlyValidProductsArgs(cases[0][1])).toBe(true);
    expect(plainlyValidProductsArgs(cases[2][1])).toBe(true);
    expect(plainlyValidProductsArgs({ category: 'cars' })).toBe(false);
    expect(plainlyValidProductsArgs({ search: 12 })).toBe(false);
  });
});
