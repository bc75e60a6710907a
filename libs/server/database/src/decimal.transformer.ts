import { ValueTransformer } from 'typeorm';

/**
 * numeric(p, s) columns come back from pg as strings; percentages and weights
 * with a few decimals are exact enough as JS numbers. Not for money (use fen).
 */
export const decimalNumberTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
