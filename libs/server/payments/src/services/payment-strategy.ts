import { RequestContext } from '@yigou/server/core';
import type { Order, PaymentMethod } from '@yigou/server/orders';
import type { Fen } from '@yigou/shared/money';
import type { PaymentOptions } from './payment-provider';
import type { PaymentInstructions, PlatformBankAccount } from '../dto/payment-instructions.types';

/** How one payment method is offered and started. One implementation per method, chosen by the order's data. */
export interface PaymentStrategy {
  readonly method: PaymentMethod;
  readonly label: string;
  /** null = available to this caller; otherwise the reason why not. */
  unavailableReason(ctx: RequestContext): string | null;
  start(ctx: RequestContext, orders: Order[], options?: PaymentOptions): Promise<PaymentInstructions>;
  /**
   * Makes this method's live attempts for these orders unable to take money (online providers: cancel or close
   * them where the provider allows). Refuses when one already has. Methods with nothing to cancel leave it out.
   */
  supersede?(orderIds: string[]): Promise<void>;
}

export const PAYMENT_STRATEGIES = Symbol('PAYMENT_STRATEGIES');

export const PLATFORM_ACCOUNT: PlatformBankAccount = {
  accountName: '以购（北京）电子商务有限公司',
  bankName: '中国工商银行北京海淀支行',
  accountNo: '0200 0045 0920 0123 456',
};

export const outstanding = (o: Order): Fen => Math.max(o.totalFen - o.paidFen, 0);
