import { Injectable } from '@nestjs/common';
import { isBoolean, isIn, isString } from 'class-validator';
import { PlainlyValidPipe } from '@yigou/server/core';
import { PRODUCT_CATEGORIES, PRODUCT_SORTS } from '@yigou/shared/domain';
import { ProductsArgs } from '../dto/catalog.types';

/** ProductsArgs' fields, as the search reads them (a plain object, or a ProductsArgs from the full check). */
export type ProductsArgsFields = Pick<
  ProductsArgs,
  'search' | 'countyCode' | 'category' | 'supplierId' | 'certifiedOnly' | 'sort' | 'first' | 'after'
>;

/**
 * `products`' arguments check. The global pipe (class-transformer + class-validator: 2–4 % of the API's CPU per
 * signed-in search, bench/catalog) is skipped for them (the parameter's declared type is an alias), and this pipe
 * passes at once what it can see ProductsArgs' own decorators accept: each of search, countyCode and supplierId
 * absent or a string, category and sort absent or known, certifiedOnly absent or a boolean (`first` and `after`
 * carry no decorator; the service checks them). Anything else goes through the global pipe unchanged, so refusals
 * read the same. The checks are class-validator's own functions (products-args.pipe.spec.ts holds them equal).
 */
@Injectable()
export class ProductsArgsPipe extends PlainlyValidPipe<ProductsArgsFields> {
  constructor() {
    super(ProductsArgs, plainlyValidProductsArgs);
  }
}

const absent = (v: unknown): boolean => v === undefined || v === null;

/** True only when ProductsArgs' validators would certainly accept `value`; false means "ask them". */
export function plainlyValidProductsArgs(value: unknown): value is ProductsArgsFields {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (absent(v.search) || isString(v.search)) &&
    (absent(v.countyCode) || isString(v.countyCode)) &&
    (absent(v.supplierId) || isString(v.supplierId)) &&
    (absent(v.category) || isIn(v.category, PRODUCT_CATEGORIES)) &&
    (absent(v.sort) || isIn(v.sort, PRODUCT_SORTS)) &&
    (absent(v.certifiedOnly) || isBoolean(v.certifiedOnly))
  );
}
