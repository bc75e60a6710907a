/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the alphabet below
 * (digits and upper-case letters without I, O, Z, S, V). The last one is a
 * check character: 31 - (Σ value(c_i) × weight_i mod 31), mapped back to the alphabet.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check];
}

export type CreditCodeProblem = 'length' | 'characters' | 'check';

export function checkCreditCode(raw: string): CreditCodeProblem | null {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  if (![...code].every((c) => ALPHABET.includes(c))) return 'characters';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'check';
}

export function isValidCreditCode(raw: string): boolean {
  return checkCreditCode(raw) === null;
}

export const CREDIT_CODE_MESSAGES: Record<CreditCodeProblem, string> = {
  length: '统一社会信用代码应为18位',
  characters: '统一社会信用代码含有无效字符（不使用 I、O、Z、S、V）',
  check: '统一社会信用代码校验位不正确，请核对',
};
