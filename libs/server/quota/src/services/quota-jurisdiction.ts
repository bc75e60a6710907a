/** The jurisdiction's codes from most to least specific: county, city, province. */
export function jurisdictionChain(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}
