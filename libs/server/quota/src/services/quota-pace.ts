import { forbidden, RequestContext } from '@yigou/server/core';
import { shanghaiYearRange } from '@yigou/shared/time';

export type PaceStatus = 'green' | 'amber' | 'red';
export type RankingSort = 'rank' | 'name' | 'target' | 'ordered' | 'completed' | 'rate';

const DAY = 86400_000;

/** Days elapsed / total in the Beijing calendar year, and days left. */
export function yearPace(now: Date, year: number): { pace: number; daysLeft: number } {
  const range = shanghaiYearRange(year);
  const [start, end, t] = [range.from.getTime(), range.to.getTime(), now.getTime()];
  if (t < start) return { pace: 0, daysLeft: Math.round((end - start) / DAY) };
  if (t >= end) return { pace: 1, daysLeft: 0 };
  return { pace: (t - start) / (end - start), daysLeft: Math.ceil((end - t) / DAY) };
}

/** Green at or ahead of the year's pace, amber within three quarters of it, red behind that (the ranking's SQL says the same). */
export function paceStatus(rate: number, pace: number): PaceStatus {
  if (rate >= pace) return 'green';
  if (rate >= pace * 0.75) return 'amber';
  return 'red';
}

/** Rankings are for the jurisdiction's finance reviewers, county (乡村振兴) admins and auditors (read only). */
export function requireJurisdiction(ctx: RequestContext, regionCode: string): void {
  ctx.requireUser();
  if (!(['finance_reviewer', 'county_admin', 'auditor'] as const).some((role) => ctx.canActInRegion(role, regionCode))) {
    throw forbidden('只有本辖区的财政或乡村振兴部门可以查看排名');
  }
}
