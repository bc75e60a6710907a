import { shanghaiYear } from '@yigou/shared/time';

/** 户类别 labels: the same table the server's imports and exports use. */
export { HOUSEHOLD_CATEGORY_LABELS as CATEGORY_LABELS } from '@yigou/shared/domain';

/** This year in China (quota and income years are Shanghai calendar years). */
export const thisYear = (): number => shanghaiYear();
