import { graphql } from '../../../generated';

export const PROVIDER_RECONCILIATION_QUERY = graphql(`
  query ProviderReconciliation {
    providerReconciliation {
      runs {
        id
        provider
        day
        trigger
        finishedAt
        attemptsChecked
        refundsChecked
        differenceCount
        error
      }
      differences {
        id
        provider
        kind
        kindLabel
        providerRef
        orderNos
        oursFen
        theirsFen
        oursState
        theirsState
        action
      }
    }
  }
`);

export const RUN_PROVIDER_RECONCILIATION = graphql(`
  mutation RunProviderReconciliation($day: String) {
    runProviderReconciliation(day: $day) {
      id
      provider
      differenceCount
    }
  }
`);

export const PAYMENT_PROVIDER_STATUS_QUERY = graphql(`
  query PaymentProviderStatus {
    paymentProviderStatus {
      name
      label
      live
      reconciles
      lastNotificationAt
      lastReconciliationAt
      lastReconciliationDifferences
      lastReconciliationError
    }
  }
`);
