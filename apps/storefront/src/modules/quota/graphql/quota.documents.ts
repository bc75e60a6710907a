import { graphql } from '../../../generated';

export const UNIT_QUOTA_DASHBOARD_QUERY = graphql(`
  query UnitQuotaDashboard($unitId: ID!, $year: Int!) {
    unitQuotaDashboard(unitId: $unitId, year: $year) {
      unitId
      unitName
      year
      targetFen
      targetProvisional
      filingStatus
      orderedFen
      completedFen
      remainingFen
      rate
      pace
      status
      daysLeft
      rolledUp {
        unitCount
        targetFen
        orderedFen
        completedFen
      }
      months {
        month
        orderedFen
        completedFen
      }
      topProducts {
        id
        name
        orderedFen
      }
      topSuppliers {
        id
        name
        orderedFen
      }
      members {
        userId
        displayName
        orderedFen
        completedFen
      }
    }
    myQuotaReminders {
      id
      message
      readAt
      createdAt
    }
    myUnreadQuotaReminderCount
  }
`);

export const MARK_QUOTA_REMINDER_READ_MUTATION = graphql(`
  mutation MarkQuotaReminderRead($id: ID!) {
    markQuotaReminderRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MARK_ALL_QUOTA_REMINDERS_READ_MUTATION = graphql(`
  mutation MarkAllQuotaRemindersRead {
    markAllQuotaRemindersRead
  }
`);

/** The jurisdiction's totals, as the ranking page and the printed bulletin both show them. */
export const QUOTA_TOTALS_FIELDS = graphql(`
  fragment QuotaTotalsFields on QuotaTotals {
    targetFen
    orderedFen
    completedFen
    rate
  }
`);

/** A unit's row as the printed bulletin prints it; the ranking page reads these and more. */
export const BULLETIN_ROW_FIELDS = graphql(`
  fragment BulletinRowFields on QuotaRankingRow {
    unitId
    name
    parentName
    hasCanteen
    targetFen
    orderedFen
    completedFen
    rate
    rank
    tied
  }
`);

export const JURISDICTION_RANKING_QUERY = graphql(`
  query JurisdictionRanking(
    $regionCode: String!
    $year: Int!
    $sort: RankingSort
    $descending: Boolean
    $status: PaceStatus
    $search: String
    $first: Int
    $after: String
  ) {
    jurisdictionRanking(
      regionCode: $regionCode
      year: $year
      sort: $sort
      descending: $descending
      status: $status
      search: $search
      first: $first
      after: $after
    ) {
      regionCode
      year
      pace
      totalCount
      totals {
        ...QuotaTotalsFields
      }
      rows {
        ...BulletinRowFields
        targetProvisional
        filingStatus
        filingOverdue
        status
        rolledUp {
          unitCount
          targetFen
          orderedFen
          completedFen
          rate
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

/**
 * The printable bulletin: only the columns it prints, so a page of 50 units (its page, BULLETIN_PAGE) costs about half the query cost
 * limit.
 */
export const BULLETIN_RANKING_QUERY = graphql(`
  query BulletinRanking($regionCode: String!, $year: Int!, $first: Int, $after: String) {
    jurisdictionRanking(regionCode: $regionCode, year: $year, first: $first, after: $after) {
      totalCount
      totals {
        ...QuotaTotalsFields
      }
      rows {
        ...BulletinRowFields
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const QUOTA_BULLETIN_QUERY = graphql(`
  query QuotaBulletin($regionCode: String!, $year: Int!, $format: BulletinFormat!) {
    quotaBulletin(regionCode: $regionCode, year: $year, format: $format) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export const SEND_QUOTA_REMINDERS_MUTATION = graphql(`
  mutation SendQuotaReminders($regionCode: String!, $year: Int!) {
    sendQuotaReminders(regionCode: $regionCode, year: $year)
  }
`);

/** A unit's filing as its form reads it back, after loading and after filing. */
export const QUOTA_FILING_FIELDS = graphql(`
  fragment QuotaFilingFields on QuotaFiling {
    id
    status
    headcount
    canteenMode
    canteenBudgetFen
    ratioPercent
    unionBudgetFen
    targetFen
    returnReason
  }
`);

export const QUOTA_FILING_QUERY = graphql(`
  query QuotaFiling($unitId: ID!, $year: Int!) {
    quotaFiling(unitId: $unitId, year: $year) {
      ...QuotaFilingFields
    }
  }
`);

export const FILE_QUOTA_MUTATION = graphql(`
  mutation FileQuota($input: FileQuotaInput!) {
    fileQuota(input: $input) {
      ...QuotaFilingFields
    }
  }
`);

export const QUOTA_FILINGS_QUERY = graphql(`
  query QuotaFilings($regionCode: String!, $year: Int!, $status: String, $first: Int, $after: String) {
    quotaFilings(regionCode: $regionCode, year: $year, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          id
          unitId
          unitName
          status
          headcount
          canteenMode
          canteenBudgetFen
          targetFen
          filedAt
        }
      }
    }
  }
`);

export const REVIEW_QUOTA_FILING_MUTATION = graphql(`
  mutation ReviewQuotaFiling($filingId: ID!, $approve: Boolean!, $reason: String) {
    reviewQuotaFiling(filingId: $filingId, approve: $approve, reason: $reason) {
      id
      status
      returnReason
    }
  }
`);
