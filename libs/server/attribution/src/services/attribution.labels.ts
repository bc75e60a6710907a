/** zh-CN labels used in reports, exports and import files. */
export { HOUSEHOLD_CATEGORY_LABELS as CATEGORY_LABELS } from '@yigou/shared/domain';

export const LINK_TYPE_LABELS: Record<string, string> = {
  order_purchase: '订单收购',
  contract_farming: '合同养殖',
  employment: '务工',
  dividend: '入股分红',
  land_transfer: '土地流转',
  trusteeship: '托管',
};

/** 2020 Shanxi standard: 4,000 yuan per person per year; the monitoring band reaches about 6,000. */
export const POVERTY_LINE_FEN = 400_000;
export const MONITORING_LINE_FEN = 600_000;

export function fromLabel(labels: Record<string, string>, raw: string): string | null {
  const v = raw.trim();
  if (v in labels) return v;
  const hit = Object.entries(labels).find(([, zh]) => zh === v);
  return hit ? hit[0] : null;
}
