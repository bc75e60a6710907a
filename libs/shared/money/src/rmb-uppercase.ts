import { assertFen, Fen } from './fen';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['仟', '佰', '拾', ''];
const SECTIONS = ['', '万', '亿', '万亿'];

/** One group of four digits (1–9999) without its section unit; leading zeros dropped, inner zeros read once. */
function section(n: number): string {
  const digits = String(n).padStart(4, '0');
  let out = '';
  let started = false;
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(digits[i]);
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += '零';
    out += DIGITS[d] + PLACES[i];
    started = true;
    zero = false;
  }
  return out;
}

/**
 * 人民币大写 as written on receipts and cheques (《支付结算办法》): 123456 fen → 「壹仟贰佰叁拾肆元伍角陆分」,
 * 100000 → 「壹仟元整」, 100500 → 「壹仟零伍元整」, 1050 → 「壹拾元伍角整」, 105 → 「壹元零伍分」.
 * Amounts ending at 元 or 角 end with 整; an amount with 分 does not.
 */
export function fenToRmbUppercase(fen: Fen): string {
  assertFen(fen);
  if (fen < 0) return `负${fenToRmbUppercase(-fen)}`;
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  let whole = '';
  if (yuan > 0) {
    const groups: number[] = [];
    for (let y = yuan; y > 0; y = Math.floor(y / 10_000)) groups.push(y % 10_000);
    if (groups.length > SECTIONS.length) throw new RangeError('金额过大');
    let zeroBetween = false;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i];
      if (g === 0) {
        zeroBetween = whole !== '';
        continue;
      }
      if (whole !== '' && (zeroBetween || g < 1000)) whole += '零';
      whole += section(g) + SECTIONS[i];
      zeroBetween = false;
    }
    whole += '元';
  }
  if (jiao === 0 && cents === 0) return `${whole || '零元'}整`;
  let fraction = '';
  if (jiao > 0) fraction += `${DIGITS[jiao]}角`;
  else if (whole) fraction += '零';
  if (cents > 0) fraction += `${DIGITS[cents]}分`;
  else fraction += '整';
  return whole + fraction;
}
