import { Injectable } from '@nestjs/common';
import { isIn, isInt, isUUID } from 'class-validator';
import { PlainlyValidPipe } from '@yigou/server/core';
import { MAX_LINE_QUANTITY, PlaceOrderInput } from '../dto/order.inputs';
import { PAYMENT_METHODS } from '../services/order-state';

/** The most lines one checkout takes (`@ArrayMaxSize` on PlaceOrderInput.lines). */
const MAX_LINES = 50;

/**
 * `placeOrder`'s input check. The global pipe (class-transformer + class-validator, ~9 % of the API's CPU per
 * order in bench/checkout-hot-sku) is skipped for this argument (its declared type is an interface), and this
 * pipe accepts at once what it can see is valid by PlaceOrderInput's own rules: 1–50 lines, each a UUID SKU and
 * an integer quantity 1–999; a UUID address; a known payment method; no live session or a UUID one; no checkout key or a UUID one; no
 * invoice.
 * Anything else — every refusal and every invoice — goes through the global pipe unchanged, so the messages
 * (in Chinese, naming the field) are class-validator's, from the decorators on PlaceOrderInput. The checks use
 * class-validator's own functions, so what passes here passes there (place-order-input.pipe.spec.ts holds it).
 */
@Injectable()
export class PlaceOrderInputPipe extends PlainlyValidPipe<PlaceOrderInputFields> {
  constructor() {
    super(PlaceOrderInput, plainlyValid);
  }
}

/** PlaceOrderInput's fields, as the checkout service reads them (a plain object, or a PlaceOrderInput from the full check). */
export type PlaceOrderInputFields = Pick<
  PlaceOrderInput,
  'lines' | 'addressId' | 'paymentMethod' | 'paymentTerm' | 'purpose' | 'invoice' | 'liveSessionId' | 'fromCart' | 'checkoutKey'
>;

/** True only when PlaceOrderInput's validators would certainly accept `value`; false means "ask them". */
export function plainlyValid(value: unknown): value is PlaceOrderInputFields {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const lines = v.lines;
  if (!Array.isArray(lines) || lines.length < 1 || lines.length > MAX_LINES) return false;
  for (const line of lines) {
    if (typeof line !== 'object' || line === null) return false;
    const l = line as Record<string, unknown>;
    if (!isUUID(l.skuId, 'all')) return false;
    if (!isInt(l.quantity) || (l.quantity as number) < 1 || (l.quantity as number) > MAX_LINE_QUANTITY) return false;
  }
  if (!isUUID(v.addressId, 'all')) return false;
  if (!isIn(v.paymentMethod, PAYMENT_METHODS)) return false;
  if (v.liveSessionId != null && !isUUID(v.liveSessionId, 'all')) return false;
  if (v.checkoutKey != null && !isUUID(v.checkoutKey, 'all')) return false;
  return v.invoice == null;
}
