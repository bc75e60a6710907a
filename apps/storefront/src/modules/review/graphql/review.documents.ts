import { graphql } from '../../../generated';

export const REVIEW_QUEUE_QUERY = graphql(`
  query SupplierReviewQueue($status: SupplierStatus, $first: Int, $after: String) {
    # each card asks for ~40 fields: 20 a page stays within the query cost limit (50 cost 2,120 > 2,000)
    supplierReviewQueue(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...SupplierStatusFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const CERT_QUEUE_QUERY = graphql(`
  query CertificationReviewQueue {
    certificationReviewQueue {
      id
      certificateNo
      issuedBy
      batch
      validFrom
      validTo
      evidenceImageUrl
      product {
        id
        name
      }
    }
  }
`);

export const RECOMMEND_SUPPLIER = graphql(`
  mutation RecommendSupplier($input: SupplierDecisionInput!) {
    recommendSupplier(input: $input) {
      id
      status
    }
  }
`);
export const COUNTY_REJECT_SUPPLIER = graphql(`
  mutation CountyRejectSupplier($input: SupplierDecisionInput!) {
    countyRejectSupplier(input: $input) {
      id
      status
    }
  }
`);
export const APPROVE_SUPPLIER = graphql(`
  mutation ApproveSupplier($input: SupplierDecisionInput!) {
    approveSupplier(input: $input) {
      id
      status
    }
  }
`);
export const PLATFORM_REJECT_SUPPLIER = graphql(`
  mutation PlatformRejectSupplier($input: SupplierDecisionInput!) {
    platformRejectSupplier(input: $input) {
      id
      status
    }
  }
`);
export const SUSPEND_SUPPLIER = graphql(`
  mutation SuspendSupplier($input: SupplierDecisionInput!) {
    suspendSupplier(input: $input) {
      id
      status
    }
  }
`);
export const REINSTATE_SUPPLIER = graphql(`
  mutation ReinstateSupplier($input: SupplierDecisionInput!) {
    reinstateSupplier(input: $input) {
      id
      status
    }
  }
`);
export const VERIFY_CERTIFICATION = graphql(`
  mutation VerifyCertification($input: CertificationDecisionInput!) {
    verifyCertification(input: $input) {
      id
    }
  }
`);
export const REJECT_CERTIFICATION = graphql(`
  mutation RejectCertification($input: CertificationDecisionInput!) {
    rejectCertification(input: $input) {
      id
    }
  }
`);
