import type { RequestContext } from '@yigou/server/core';

/** The jurisdiction's codes from most to least specific: county, city, province. */
export function jurisdictionChain(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

/**
 * Who reviews a region's filings and sets its rules, windows and reminders: its finance reviewers, those of a city or
 * province above it, and platform admins. Asked by a public region code the answer is FORBIDDEN; asked by a filing's
 * id it is NOT_FOUND, so an id from another region tells a stranger nothing.
 */
export function mayReviewRegion(ctx: RequestContext, regionCode: string): boolean {
  return ctx.canActInRegion('finance_reviewer', regionCode);
}
