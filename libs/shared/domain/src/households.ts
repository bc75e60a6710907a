/** 户类别 of a registered household (attribution's household register), as reports, exports and import files name them. */
export const HOUSEHOLD_CATEGORY_LABELS: Record<string, string> = {
  lifted: '脱贫户',
  not_lifted: '未脱贫户',
  unstable: '脱贫不稳定户',
  marginal: '边缘易致贫户',
  sudden_hardship: '突发严重困难户',
};

/**
 * The first year of the household registry (建档立卡, registered nationwide in 2014): no household income, sales
 * attribution or other, is recorded for an earlier year.
 */
export const REGISTRY_FIRST_YEAR = 2014;
