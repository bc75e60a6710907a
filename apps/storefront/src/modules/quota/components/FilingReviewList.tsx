import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type Column, DataTable, ErrorState, Price, TextField, useKeysetPages, useToast, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { QuotaFilingsQuery } from '../../../generated/graphql';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { QUOTA_FILINGS_QUERY, REVIEW_QUOTA_FILING_MUTATION } from '../graphql/quota.documents';

type Filing = QuotaFilingsQuery['quotaFilings']['edges'][number]['node'];

/**
 * Filings waiting for the finance reviewer, oldest first, a page at a time (a province has thousands; the list was
 * once cut at 500 without a word): approve, or return with a reason typed beside the row (no browser dialog).
 */
export function FilingReviewList({ regionCode, year, onReviewed }: { regionCode: string; year: number; onReviewed: () => void }) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const pages = useKeysetPages();
  const list = useQuery(QUOTA_FILINGS_QUERY, {
    variables: { regionCode, year, status: 'submitted', first: pages.first, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const [review, { loading }] = useMutation(REVIEW_QUOTA_FILING_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const [returning, setReturning] = useState<{ id: string; reason: string; error: string | null } | null>(null);
  const connection = list.data?.quotaFilings;
  const filings = connection?.edges.map((e) => e.node) ?? [];

  async function decide(f: Filing, approve: boolean, reason: string | null) {
    setError(null);
    try {
      await review({ variables: { filingId: f.id, approve, reason } });
      toast(t(approve ? 'quota.filing.approved' : 'quota.filing.returned', { unit: f.unitName ?? '' }));
      setReturning(null);
      const again = await list.refetch();
      // the last filing of a later page was decided: start again from page 1 rather than show an empty page
      if (pages.after && !again.data?.quotaFilings.edges.length) pages.reset();
      onReviewed();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  const columns: Column<Filing>[] = [
    { id: 'unit', header: t('quota.col.name'), cell: (f) => f.unitName ?? '—' },
    { id: 'headcount', header: t('quota.filing.headcount'), numeric: true, cell: (f) => f.headcount },
    { id: 'target', header: t('quota.target'), numeric: true, cell: (f) => <Price fen={f.targetFen} size="sm" /> },
    {
      id: 'actions',
      header: t('finance.col.actions'),
      cell: (f) => (
        <span className="quota-actions">
          <button type="button" className="yg-button" disabled={loading} onClick={() => void decide(f, true, null)}>
            {t('quota.filing.approve')}
          </button>
          <button
            type="button"
            className="yg-button yg-button--ghost"
            aria-expanded={returning?.id === f.id}
            onClick={() => setReturning(returning?.id === f.id ? null : { id: f.id, reason: '', error: null })}
          >
            {t('quota.filing.return')}
          </button>
        </span>
      ),
    },
  ];

  return (
    <section className="yg-card quota-filing" data-testid="filing-review">
      <h2>{t('quota.filing.toReview', { count: connection?.totalCount ?? '…' })}</h2>
      <InlineError className="quota-overdue" message={error} />
      {list.error && !list.data ? (
        <ErrorState message={errorMessage(list.error)} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable
          columns={columns}
          rows={filings}
          rowKey={(f) => f.id}
          loading={list.loading}
          empty={t('quota.filing.noneToReview')}
          pager={connection ? pages.pager(connection) : undefined}
          testId="filing-review-table"
          rowTestId="filing-review-row"
          detail={(f) =>
            returning?.id === f.id && (
              <form
                className="quota-return"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!returning.reason.trim()) return setReturning({ ...returning, error: t('quota.filing.askReason') });
                  void decide(f, false, returning.reason.trim());
                }}
              >
                <TextField
                  label={t('quota.filing.returnReason')}
                  value={returning.reason}
                  maxLength={200}
                  error={returning.error}
                  onChange={(e) => setReturning({ ...returning, reason: e.target.value, error: null })}
                />
                <button type="submit" className="yg-button yg-button--secondary" disabled={loading}>
                  {t('quota.filing.confirmReturn')}
                </button>
              </form>
            )
          }
        />
      )}
    </section>
  );
}
