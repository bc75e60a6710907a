import { type KeysetSort, keysetSort, SortDirection } from '@yigou/server/core';
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
  const dir = direction ?? SortDirection.DESC;
  return sort === TransferSort.AMOUNT ? keysetSort('t', 'amount_fen', 'bigint', dir) : keysetSort('t', 'received_at', 'timestamptz', dir);
}
