/**
 * 快递公司: the carriers suppliers ship with, each with its code, the shapes its waybill numbers take
 * and the public page that shows a parcel's progress. Both sides use it: the API refuses a number
 * of the wrong shape, the storefront checks it while typing and links to the carrier.
 *
 * Shapes as the carriers print them (and as 快递100/快递鸟 recognise them):
 * - 顺丰 SF: "SF" + 13 digits (since 2019), or the older 12 digits.
 * - 中通 ZTO: 12 digits starting 3, 5, 6 or 7, or 14 digits starting 73–79.
 * - 圆通 YTO: "YT" + 13 digits, or the older 10 characters (a letter or digit, then 9 digits).
 * - 韵达 YD: 13 or 15 digits.
 * - 申通 STO: 12 or 13 digits, or "STO" + 10 digits.
 * - EMS: the UPU S10 form (2 letters, 9 digits, 2 letters, e.g. EA123456789CN) or 13 digits starting 1, 5 or 9.
 * - 邮政快递包裹 YZPY: 13 digits starting 1 or 9, or the S10 form.
 * - 京东 JD: "JD" + 11–15 letters or digits (JDVA…, JDX…).
 * - 极兔 JT: "JT" + 13 digits.
 * - 德邦 DBL: "DPK" + 12 digits, or 8–10 digits.
 * - 其他 OTHER: any 6–32 letters, digits or hyphens; no link.
 */
export interface Carrier {
  code: string;
  name: string;
  /** What the supplier is told when a number does not fit. */
  shapeHint: string;
  pattern: RegExp;
  /** The carrier's public query page for a number; null when there is none. */
  trackingUrl: ((trackingNo: string) => string) | null;
}

const kuaidi100 = (com: string) => (no: string) => `https://www.kuaidi100.com/chaxun?com=${com}&nu=${encodeURIComponent(no)}`;

export const CARRIERS: readonly Carrier[] = [
  {
    code: 'SF',
    name: '顺丰速运',
    shapeHint: 'SF 加 13 位数字，或 12 位数字',
    pattern: /^(SF\d{13}|\d{12})$/,
    trackingUrl: (no) => `https://www.sf-express.com/chn/sc/waybill/waybill-detail/${encodeURIComponent(no)}`,
  },
  {
    code: 'ZTO',
    name: '中通快递',
    shapeHint: '以 3、5、6、7 开头的 12 位数字，或以 73–79 开头的 14 位数字',
    pattern: /^([3567]\d{11}|7[3-9]\d{12})$/,
    trackingUrl: (no) => `https://www.zto.com/express/expressCheck.html?txtBill=${encodeURIComponent(no)}`,
  },
  {
    code: 'YTO',
    name: '圆通速递',
    shapeHint: 'YT 加 13 位数字',
    pattern: /^(YT\d{13}|[0-9A-Z]\d{9})$/,
    trackingUrl: kuaidi100('yuantong'),
  },
  { code: 'YD', name: '韵达快递', shapeHint: '13 或 15 位数字', pattern: /^(\d{13}|\d{15})$/, trackingUrl: kuaidi100('yunda') },
  {
    code: 'STO',
    name: '申通快递',
    shapeHint: '12 或 13 位数字，或 STO 加 10 位数字',
    pattern: /^(\d{12,13}|STO\d{10})$/,
    trackingUrl: kuaidi100('shentong'),
  },
  {
    code: 'EMS',
    name: 'EMS',
    shapeHint: '如 EA123456789CN，或以 1、5、9 开头的 13 位数字',
    pattern: /^([A-Z]{2}\d{9}[A-Z]{2}|[159]\d{12})$/,
    trackingUrl: (no) => `https://www.ems.com.cn/queryList?mailNum=${encodeURIComponent(no)}`,
  },
  {
    code: 'YZPY',
    name: '邮政快递包裹',
    shapeHint: '以 1 或 9 开头的 13 位数字，或如 CA123456789CN',
    pattern: /^([19]\d{12}|[A-Z]{2}\d{9}[A-Z]{2})$/,
    trackingUrl: kuaidi100('youzhengguonei'),
  },
  {
    code: 'JD',
    name: '京东物流',
    shapeHint: 'JD 加 11–15 位字母或数字',
    pattern: /^JD[0-9A-Z]{11,15}$/,
    trackingUrl: (no) => `https://www.jdl.com/orderSearch/?waybillCodes=${encodeURIComponent(no)}`,
  },
  { code: 'JT', name: '极兔速递', shapeHint: 'JT 加 13 位数字', pattern: /^JT\d{13}$/, trackingUrl: kuaidi100('jtexpress') },
  {
    code: 'DBL',
    name: '德邦快递',
    shapeHint: 'DPK 加 12 位数字，或 8–10 位数字',
    pattern: /^(DPK\d{12}|\d{8,10})$/,
    trackingUrl: kuaidi100('debangkuaidi'),
  },
  { code: 'OTHER', name: '其他快递', shapeHint: '6–32 位字母、数字或连字符', pattern: /^[A-Za-z0-9-]{6,32}$/, trackingUrl: null },
];

const BY_CODE = new Map(CARRIERS.map((c) => [c.code, c]));

export function carrierByCode(code: string): Carrier | null {
  return BY_CODE.get(code.trim().toUpperCase()) ?? null;
}

/** Upper-cases letters and drops spaces, as numbers are read off a label: "sf 1234…" → "SF1234…". */
export function normalizeTrackingNo(trackingNo: string): string {
  return trackingNo.replace(/\s+/g, '').toUpperCase();
}

/** Null when the number fits the carrier; otherwise the Chinese reason. */
export function trackingNoProblem(carrier: Carrier, trackingNo: string): string | null {
  const no = normalizeTrackingNo(trackingNo);
  if (!no) return '请填写快递单号';
  return carrier.pattern.test(no) ? null : `${carrier.name}的快递单号应为${carrier.shapeHint}，「${trackingNo.slice(0, 40)}」不符`;
}

export function trackingUrl(carrierCode: string, trackingNo: string): string | null {
  const carrier = carrierByCode(carrierCode);
  return carrier?.trackingUrl ? carrier.trackingUrl(normalizeTrackingNo(trackingNo)) : null;
}
