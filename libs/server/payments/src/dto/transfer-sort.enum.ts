import { registerEnumType } from '@nestjs/graphql';

/** The columns 到账记录 sorts by. */
export enum TransferSort {
  RECEIVED_AT = 'RECEIVED_AT',
  AMOUNT = 'AMOUNT',
}
registerEnumType(TransferSort, {
  name: 'TransferSort',
  description: 'RECEIVED_AT: when the money arrived; AMOUNT: the amount transferred',
});
