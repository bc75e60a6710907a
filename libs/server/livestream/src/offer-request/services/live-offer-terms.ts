import { badInput, forbidden } from '@yigou/server/core';
import { formatFen, type Fen } from '@yigou/shared/money';
import type { LiveOfferRequestStatus } from '../entities/live-offer-request.entity';

/** What the supplier agreed to for one SKU in one session (null when nothing was asked). */
export interface AgreedTerms {
  status: LiveOfferRequestStatus;
  approvedPriceFen: Fen | null;
  approvedStockCap: number | null;
}

/**
 * A live offer stays inside the session's county unless a platform admin
 * allowed the session to reach further.
 */
export function requireSameCounty(session: { countyCode: string; allowCrossCounty: boolean }, supplier: { countyCode: string }): void {
  if (!session.allowCrossCounty && supplier.countyCode !== session.countyCode) {
    throw forbidden('只能邀请本县供应商的商品参加本场直播（跨县选品需平台管理员开通）');
  }
}

/**
 * The terms a host may pin with: the supplier must have accepted, the live price
 * may not be below the approved price (the floor) and the cap not above the
 * approved cap. Returns the stock cap to use (the approved one when none is given).
 */
export function pinnableCap(agreed: AgreedTerms | null, livePriceFen: Fen, stockCap: number | null | undefined): number {
  if (!agreed || agreed.status === 'pending') throw forbidden('供应商尚未同意该商品参加本场直播，请先发出邀请并等待供应商同意');
  if (agreed.status !== 'accepted' || agreed.approvedPriceFen === null || agreed.approvedStockCap === null) {
    throw forbidden('供应商已拒绝该商品参加本场直播');
  }
  if (livePriceFen < agreed.approvedPriceFen) {
    throw badInput(`直播价不能低于供应商同意的最低直播价 ${formatFen(agreed.approvedPriceFen)}`, 'livePriceFen');
  }
  const cap = stockCap ?? agreed.approvedStockCap;
  if (cap > agreed.approvedStockCap) throw badInput(`直播库存不能超过供应商同意的 ${agreed.approvedStockCap} 件`, 'stockCap');
  return cap;
}
