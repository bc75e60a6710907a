import { graphql } from '../../../generated';

export const REPORT_ROW_FIELDS = graphql(`
  fragment ReportRowFields on ReportRow {
    key
    label
    households
    people
    amountFen
  }
`);

/** A household as the alerts, the roster and the household page name it (masked). */
export const HOUSEHOLD_SUMMARY_FIELDS = graphql(`
  fragment HouseholdSummaryFields on HouseholdView {
    id
    householdNo
    headNameMasked
    villageName
    members
    category
  }
`);

export const ATTRIBUTION_REPORT_QUERY = graphql(`
  query AttributionReport($regionCode: String!, $year: Int) {
    attributionReport(regionCode: $regionCode, year: $year) {
      regionCode
      regionName
      year
      households
      people
      totalFen
      averagePerHouseholdFen
      sentence
      basis
      byCategory {
        ...ReportRowFields
      }
      byVillage {
        ...ReportRowFields
      }
      bySupplier {
        ...ReportRowFields
      }
      byProduct {
        ...ReportRowFields
      }
      byUnit {
        ...ReportRowFields
      }
      bySession {
        ...ReportRowFields
      }
      byMonth {
        ...ReportRowFields
      }
    }
  }
`);

export const INCOME_ALERTS_QUERY = graphql(`
  query IncomeAlerts($countyCode: String!, $year: Int, $first: Int, $after: String) {
    incomeAlerts(countyCode: $countyCode, year: $year, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          status
          perCapitaFen
          recordedPerCapitaFen
          attributedFen
          otherIncomeFen
          household {
            ...HouseholdSummaryFields
          }
        }
      }
    }
  }
`);

export const EXPORT_REPORT_MUTATION = graphql(`
  mutation ExportAttributionReport($regionCode: String!, $year: Int) {
    exportAttributionReport(regionCode: $regionCode, year: $year) {
      filename
      contentBase64
    }
  }
`);

export const HOUSEHOLDS_QUERY = graphql(`
  query Households($countyCode: String!, $search: String, $first: Int, $after: String) {
    households(countyCode: $countyCode, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...HouseholdSummaryFields
          idNumberMasked
          incomePerCapitaFen
          helpers
        }
      }
    }
  }
`);

export const EXPORT_HOUSEHOLDS_MUTATION = graphql(`
  mutation ExportHouseholds($countyCode: String!) {
    exportHouseholds(countyCode: $countyCode) {
      filename
      contentBase64
    }
  }
`);

export const REVEAL_HOUSEHOLD_MUTATION = graphql(`
  mutation RevealHousehold($id: ID!, $reason: String!) {
    revealHousehold(id: $id, reason: $reason) {
      id
      headName
      idNumber
    }
  }
`);

export const HOUSEHOLD_INCOME_QUERY = graphql(`
  query HouseholdIncome($id: ID!, $year: Int) {
    householdIncome(id: $id, year: $year) {
      year
      attributedFen
      otherIncomeFen
      totalFen
      recordedPerCapitaFen
      addedPerCapitaFen
      perCapitaFen
      basis
      povertyLinePerCapitaFen
      monitoringLinePerCapitaFen
      status
      byMonth {
        key
        amountFen
      }
      recentEntries {
        id
        orderNo
        amountFen
        reversesId
        month
      }
      otherIncome {
        id
        kind
        amountFen
        note
      }
      household {
        ...HouseholdSummaryFields
        idNumberMasked
        helpers
      }
    }
  }
`);

export const RECORD_OTHER_INCOME_MUTATION = graphql(`
  mutation RecordOtherIncome($input: OtherIncomeInput!) {
    recordOtherIncome(input: $input) {
      id
      amountFen
    }
  }
`);

/** Who revealed or exported household data, newest first (county admins and the county's auditors). */
export const HOUSEHOLD_ACCESS_LOG_QUERY = graphql(`
  query HouseholdAccessLog($countyCode: String!, $first: Int, $after: String, $from: String, $to: String) {
    householdAccessLog(countyCode: $countyCode, first: $first, after: $after, from: $from, to: $to) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          action
          householdId
          householdNo
          userName
          detail
          ip
          createdAt
        }
      }
    }
  }
`);

export const EXPORT_HOUSEHOLD_ACCESS_LOG_QUERY = graphql(`
  query ExportHouseholdAccessLog($countyCode: String!, $from: String, $to: String) {
    exportHouseholdAccessLog(countyCode: $countyCode, from: $from, to: $to) {
      filename
      contentBase64
    }
  }
`);
