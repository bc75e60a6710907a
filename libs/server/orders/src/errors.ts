import { AppError, badInput } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';
import type { OrderStatus } from './services/order-state';

const STATUS_LABEL: Record<OrderStatus, string> = {
  pending_payment: '待付款',
  to_ship: '待发货',
  shipped: '已发货',
  received: '已收货',
  completed: '已完成',
  cancelled: '已取消',
  refunded: '已退款',
};

export const outOfStock = (productName: string, skuId: string) =>
  new AppError(ERROR_CODES.OUT_OF_STOCK, `「${productName}」库存不足，请减少数量或稍后再试`, { skuId, productName });
export const checkoutBusy = () => new AppError(ERROR_CODES.CHECKOUT_BUSY, '下单的人较多，请稍后再试，您的购物车和地址都还在');
/** The same checkout key came back with a different checkout (PlaceOrderInput.checkoutKey). */
export const checkoutKeyReused = () =>
  new AppError(ERROR_CODES.CHECKOUT_KEY_REUSED, '这次下单的内容与刚才提交的不一致，请刷新结算页后重新提交', { field: 'checkoutKey' });
export const limitExceeded = (productName: string, limit: number) =>
  new AppError(ERROR_CODES.PURCHASE_LIMIT_EXCEEDED, `「${productName}」每人限购 ${limit} 件`, { productName, limit });
export const priceChanged = (productName: string, skuId: string, currentPriceFen: number) =>
  new AppError(ERROR_CODES.PRICE_CHANGED, `「${productName}」价格已变更，请确认新价格后再下单`, {
    skuId,
    productName,
    currentPriceFen: String(currentPriceFen),
  });
export const notOnSale = (productName: string) =>
  new AppError(ERROR_CODES.NOT_ON_SALE, `「${productName}」已下架，请从购物车移除`, { productName });
export const invalidState = (status: OrderStatus, what: string) =>
  new AppError(ERROR_CODES.INVALID_ORDER_STATE, `订单当前状态为「${STATUS_LABEL[status]}」，不能${what}`, { status });
export const paymentUnavailable = (message = '在线支付暂不可用，请选择对公转账') => new AppError(ERROR_CODES.PAYMENT_UNAVAILABLE, message);
export { STATUS_LABEL };
/** A parcel's carrier not in the list (`field`: the parcel's carrierCode). */
export const unknownCarrier = (message: string, field: string) => new AppError(ERROR_CODES.UNKNOWN_CARRIER, message, { field });
/** A tracking number that does not have its carrier's shape (`field`: the parcel's trackingNo). */
export const trackingNoShape = (message: string, field: string) => new AppError(ERROR_CODES.TRACKING_NO_SHAPE, message, { field });

/** A unit's month with more orders than one 采购清单 lists: refused, since a list cut short would state a wrong 合计. */
export const procurementListTooLong = (max: number) =>
  badInput(`该月订单超过 ${max} 笔，超出一份采购清单的上限，无法生成完整的清单；请联系平台财务处理`);
