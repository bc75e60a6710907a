import { OrdersAndPayments1795331637777 } from './1795331637777-OrdersAndPayments';
import { DomainEventOutbox1795330415316 } from './1795330415316-DomainEventOutbox';
import { SearchIndexesAndMinPrice1795330315929 } from './1795330315929-SearchIndexesAndMinPrice';
import { Initial1795330035410 } from './1795330035410-Initial';
// Ordered list of every migration. `npm run migration:generate -- Name` appends to it.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  Initial1795330035410,
  SearchIndexesAndMinPrice1795330315929,
  DomainEventOutbox1795330415316,
  OrdersAndPayments1795331637777,
];
