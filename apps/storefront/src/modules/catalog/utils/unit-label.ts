import type { Locale } from '@yigou/web/i18n';

/** Sale units as the catalogue stores them ("box") → what a shopper reads ("箱"). */
const UNIT_LABELS: Record<string, { zh: string; en: string }> = {
  box: { zh: '箱', en: 'box' },
  piece: { zh: '件', en: 'piece' },
  bag: { zh: '袋', en: 'bag' },
  bottle: { zh: '瓶', en: 'bottle' },
  pair: { zh: '双', en: 'pair' },
  jar: { zh: '罐', en: 'jar' },
  kg: { zh: '千克', en: 'kg' },
  jin: { zh: '斤', en: 'jin' },
  head: { zh: '只', en: 'head' },
};

/** Unknown units (or ones already in Chinese) are shown as they are. */
export function unitLabel(unit: string, locale: Locale): string {
  const label = UNIT_LABELS[unit.trim().toLowerCase()];
  if (!label) return unit;
  return locale === 'en' ? label.en : label.zh;
}
