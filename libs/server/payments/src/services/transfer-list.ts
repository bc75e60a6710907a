import { type KeysetSort, SortDirection } from '@yigou/server/core';
import type { BankTransfer } from '../entities/bank-transfer.entity';
import { TransferSort } from '../dto/transfer-sort.enum';

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
