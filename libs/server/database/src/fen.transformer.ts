import { ValueTransformer } from 'typeorm';
import { Fen, parseFen } from '@yigou/shared/money';

/** bigint columns come back from pg as strings; money is kept as an exact integer number of fen. */
export const fenTransformer: ValueTransformer = {
  to: (value: Fen | null | undefined) => (value === null || value === undefined ? value : String(parseFen(value))),
  from: (value: string | null) => (value === null ? null : parseFen(value)),
};

/** bigint counters that are not money (e.g. weights in grams). */
export const bigintNumberTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
