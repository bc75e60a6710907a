import { graphql } from '../../../generated';

export const RECONCILIATION_STATUS_QUERY = graphql(`
  query ReconciliationStatus {
    reconciliationStatus {
      ranAt
      clean
      differenceCount
    }
  }
`);

export const RUN_RECONCILIATION_MUTATION = graphql(`
  mutation RunReconciliation {
    runReconciliation {
      id
      clean
      differenceCount
    }
  }
`);
