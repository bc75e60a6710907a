import { registerEnumType } from '@nestjs/graphql';
import { type KeysetSort, SortDirection } from '@yigou/server/core';
import type { BankTransfer } from '../entities/bank-transfer.entity';

/** The columns 到账记录 sorts by. */
export enum TransferSort {
  RECEIVED_AT = 'RECEIVED_AT',
  AMOUNT = 'AMOUNT',
}
registerEnumType(TransferSort, {
  name: 'TransferSort',
  description: 'RECEIVED_AT: when the money arrived; AMOUNT: the amount transferred',
});

export interface TransferListArgs {
  first?: number | null;
  after?: string | null;
  onlyOpen?: boolean | null;
  from?: string | null;
  to?: string | null;
  sort?: TransferSort | null;
  direction?: SortDirection | null;
}

export function transferSort(sort: TransferSort | null | undefined, direction: SortDirection | null | undefined): KeysetSort<BankTransfer> {
  const base = { idColumn: 't.id', direction: direction ?? SortDirection.DESC, idOf: (t: BankTransfer) => t.id };
  return sort === TransferSort.AMOUNT
    ? { ...base, column: 't.amount_fen', cast: 'bigint' }
    : { ...base, column: 't.received_at', cast: 'timestamptz' };
}
