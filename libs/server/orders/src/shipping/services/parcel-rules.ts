import { badInput } from '@yigou/server/core';
import { Carrier, carrierByCode, CARRIERS, normalizeTrackingNo, trackingNoProblem } from '@yigou/shared/domain';
import { trackingNoShape, unknownCarrier } from '../../errors';

export interface ParcelDraft {
  carrierCode: string;
  carrierName?: string | null;
  trackingNo: string;
  items?: { lineId: string; quantity: number }[] | null;
  note?: string | null;
}

export interface CheckedParcel {
  carrierCode: string;
  carrierName: string;
  trackingNo: string;
  items: { lineId: string; quantity: number }[];
  note: string | null;
}

const OTHER = CARRIERS.find((c) => c.code === 'OTHER') as Carrier;

/**
 * Checks parcels against the carriers and the order's lines, pure: each carrier known, each number of its
 * carrier's shape, no number twice, items only of this order and, over all parcels (with those already
 * sent), never more of a line than was ordered. Throws the first problem in Chinese, naming the parcel.
 */
export function checkParcels(
  drafts: readonly ParcelDraft[],
  lines: readonly { id: string; quantity: number; productName: string }[],
  existing: readonly CheckedParcel[] = [],
): CheckedParcel[] {
  const out: CheckedParcel[] = [];
  const seen = new Set(existing.map((p) => `${p.carrierCode}:${p.trackingNo}`));
  const packed = new Map<string, number>();
  for (const p of existing) for (const i of p.items) packed.set(i.lineId, (packed.get(i.lineId) ?? 0) + i.quantity);
  const byId = new Map(lines.map((l) => [l.id, l]));
  drafts.forEach((d, index) => {
    const label = drafts.length > 1 ? `第 ${index + 1} 个包裹：` : '';
    const field = `parcels.${index}`;
    const carrier = carrierByCode(d.carrierCode);
    if (!carrier) throw unknownCarrier(`${label}不支持的快递公司「${d.carrierCode.slice(0, 12)}」，请从列表中选择`, `${field}.carrierCode`);
    const problem = trackingNoProblem(carrier, d.trackingNo);
    if (problem) throw trackingNoShape(label + problem, `${field}.trackingNo`);
    const trackingNo = normalizeTrackingNo(d.trackingNo);
    const key = `${carrier.code}:${trackingNo}`;
    if (seen.has(key)) throw badInput(`${label}快递单号 ${trackingNo} 已登记在本订单中`, `${field}.trackingNo`);
    seen.add(key);
    const name = carrier === OTHER ? (d.carrierName ?? '').trim() : carrier.name;
    if (carrier === OTHER && name.length < 2) throw badInput(`${label}选择「其他快递」时请填写快递公司名称`, `${field}.carrierName`);
    const items = (d.items ?? []).map((i) => {
      const line = byId.get(i.lineId);
      if (!line) throw badInput(`${label}包裹里的商品不属于这个订单`, `${field}.items`);
      const total = (packed.get(i.lineId) ?? 0) + i.quantity;
      if (total > line.quantity)
        throw badInput(`${label}「${line.productName}」共订购 ${line.quantity} 件，包裹里已有 ${total} 件`, `${field}.items`);
      packed.set(i.lineId, total);
      return { lineId: i.lineId, quantity: i.quantity };
    });
    out.push({ carrierCode: carrier.code, carrierName: name, trackingNo, items, note: d.note?.trim() || null });
  });
  return out;
}

/** The parcel the single-waybill `shipOrder` records: a listed carrier by its code, anything else as OTHER under its name. */
export function legacyParcel(carrier: string, trackingNo: string): CheckedParcel {
  const known = carrierByCode(carrier);
  return known
    ? checkParcels([{ carrierCode: known.code, trackingNo }], [])[0]
    : { carrierCode: OTHER.code, carrierName: carrier, trackingNo: trackingNo.trim(), items: [], note: null };
}
