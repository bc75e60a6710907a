import { MediaUpload1796678027013 } from './1796678027013-MediaUpload';
import { ProductCardColumns1796560000000 } from './1796560000000-ProductCardColumns';
import { AttributionMovementLedger1796556913973 } from './1796556913973-AttributionMovementLedger';
import { AttributionSplitOnce1796555438179 } from './1796555438179-AttributionSplitOnce';
import { AttributionSplitFunction1796555500000 } from './1796555500000-AttributionSplitFunction';
import { AttributionSplitShareFunction1796560100000 } from './1796560100000-AttributionSplitShareFunction';
import { UnitPurchaserTimelineRole1796560200000 } from './1796560200000-UnitPurchaserTimelineRole';
import { CheckoutKey1796542919442 } from './1796542919442-CheckoutKey';
import { OneInbox1796530000421 } from './1796530000421-OneInbox';
import { RegionReadModel1796540000000 } from './1796540000000-RegionReadModel';
import { UserReadCache1796517066910 } from './1796517066910-UserReadCache';
import { DeskListIndexes1796508840081 } from './1796508840081-DeskListIndexes';
import { AttributionCompactLedger1796512000000 } from './1796512000000-AttributionCompactLedger';
import { AttributionHouseholdYear1796520000000 } from './1796520000000-AttributionHouseholdYear';
import { LiveRunOfShow1796506199016 } from './1796506199016-LiveRunOfShow';
import { ProductRatingsIndex1796505480294 } from './1796505480294-ProductRatingsIndex';
import { LivePlacedOrders1796423069271 } from './1796423069271-LivePlacedOrders';
import { RoleAuditLog1796422415729 } from './1796422415729-RoleAuditLog';
import { SmsVerification1796422365038 } from './1796422365038-SmsVerification';
import { OrderInvoices1796422479446 } from './1796422479446-OrderInvoices';
import { AddressRegionsParcels1796422384037 } from './1796422384037-AddressRegionsParcels';
import { ProductListingCount1796426095260 } from './1796426095260-ProductListingCount';
import { ReconciliationRun1796410578657 } from './1796410578657-ReconciliationRun';
import { CountingRule1796411840362 } from './1796411840362-CountingRule';
import { ProductListing1796425565456 } from './1796425565456-ProductListing';
import { SessionFamiliesAttemptCounters1796410717418 } from './1796410717418-SessionFamiliesAttemptCounters';
import { PaymentLedger1796410888953 } from './1796410888953-PaymentLedger';
import { LiveOfferConsentAuditor1796410616546 } from './1796410616546-LiveOfferConsentAuditor';
import { OutboxRetriesAndDeadLetters1796410661571 } from './1796410661571-OutboxRetriesAndDeadLetters';
import { DemoSeed1796410469917 } from './1796410469917-DemoSeed';
import { CheckoutRefuse1796022900000 } from './1796022900000-CheckoutRefuse';
import { ImportJobHeartbeat1796013505019 } from './1796013505019-ImportJobHeartbeat';
import { UnitJoinRequestReasonWithdrawn1796015082596 } from './1796015082596-UnitJoinRequestReasonWithdrawn';
import { QuotaUnitTarget1796013594060 } from './1796013594060-QuotaUnitTarget';
import { LiveFollows1796014077290 } from './1796014077290-LiveFollows';
import { ProductSearchText1795335410520 } from './1795335410520-ProductSearchText';
import { SupplierOnboarding1795331782153 } from './1795331782153-SupplierOnboarding';
import { HouseholdAttribution1795331525432 } from './1795331525432-HouseholdAttribution';
import { Livestream1795331609613 } from './1795331609613-Livestream';
import { QuotaCountingFilingsMembership1795332428499 } from './1795332428499-QuotaCountingFilingsMembership';
import { OrdersAndPayments1795331637777 } from './1795331637777-OrdersAndPayments';
import { DomainEventOutbox1795330415316 } from './1795330415316-DomainEventOutbox';
import { SearchIndexesAndMinPrice1795330315929 } from './1795330315929-SearchIndexesAndMinPrice';
import { Initial1795330035410 } from './1795330035410-Initial';
import { QuotaLedgerCoveringIndex1796017402274 } from './1796017402274-QuotaLedgerCoveringIndex';
import { PlatformFinanceRole1796023000000 } from './1796023000000-PlatformFinanceRole';
import { JobRunsProviderReconciliation1796422402951 } from './1796422402951-JobRunsProviderReconciliation';
// Ordered list of every migration. `npm run migration:generate -- Name` appends to it.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  Initial1795330035410,
  SearchIndexesAndMinPrice1795330315929,
  DomainEventOutbox1795330415316,
  SupplierOnboarding1795331782153,
  HouseholdAttribution1795331525432,
  Livestream1795331609613,
  QuotaCountingFilingsMembership1795332428499,
  OrdersAndPayments1795331637777,
  ProductSearchText1795335410520,
  ImportJobHeartbeat1796013505019,
  UnitJoinRequestReasonWithdrawn1796015082596,
  QuotaUnitTarget1796013594060,
  LiveFollows1796014077290,
  QuotaLedgerCoveringIndex1796017402274,
  CheckoutRefuse1796022900000,
  PlatformFinanceRole1796023000000,
  ReconciliationRun1796410578657,
  CountingRule1796411840362,
  SessionFamiliesAttemptCounters1796410717418,
  PaymentLedger1796410888953,
  LiveOfferConsentAuditor1796410616546,
  OutboxRetriesAndDeadLetters1796410661571,
  DemoSeed1796410469917,
  JobRunsProviderReconciliation1796422402951,
  LivePlacedOrders1796423069271,
  RoleAuditLog1796422415729,
  SmsVerification1796422365038,
  OrderInvoices1796422479446,
  AddressRegionsParcels1796422384037,
  ProductListing1796425565456,
  ProductListingCount1796426095260,
  ProductRatingsIndex1796505480294,
  LiveRunOfShow1796506199016,
  DeskListIndexes1796508840081,
  AttributionCompactLedger1796512000000,
  UserReadCache1796517066910,
  AttributionHouseholdYear1796520000000,
  OneInbox1796530000421,
  RegionReadModel1796540000000,
  CheckoutKey1796542919442,
  AttributionSplitOnce1796555438179,
  AttributionSplitFunction1796555500000,
  AttributionMovementLedger1796556913973,
  ProductCardColumns1796560000000,
  AttributionSplitShareFunction1796560100000,
  UnitPurchaserTimelineRole1796560200000,
  MediaUpload1796678027013,
];
