import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { type Column, DataTable, Price, TextField, useToast, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { QuotaFilingsQuery } from '../../../generated/graphql';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { QUOTA_FILINGS_QUERY, REVIEW_QUOTA_FILING_MUTATION } from '../graphql/quota.documents';

type Filing = QuotaFilingsQuery['quotaFilings'][number];

/** Filings waiting for the finance reviewer: approve, or return with a reason typed beside the row (no browser dialog). */
export function FilingReviewList({ regionCode, year, onReviewed }: { regionCode: string; year: number; onReviewed: () => void }) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const { data, refetch } = useQuery(QUOTA_FILINGS_QUERY, { variables: { regionCode, year, status: 'submitted' } });
  const [review, { loading }] = useMutation(REVIEW_QUOTA_FILING_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const [returning, setReturning] = useState<{ id: string; reason: string; error: string | null } | null>(null);
  const filings = data?.quotaFilings ?? [];
  if (!filings.length) return null;

  async function decide(f: Filing, approve: boolean, reason: string | null) {
    setError(null);
    try {
      await review({ variables: { filingId: f.id, approve, reason } });
      toast(t(approve ? 'quota.filing.approved' : 'quota.filing.returned', { unit: f.unitName ?? '' }));
      setReturning(null);
      await refetch();
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
      <h2>{t('quota.filing.toReview', { count: filings.length })}</h2>
      <InlineError className="quota-overdue" message={error} />
      <DataTable
        columns={columns}
        rows={filings}
        rowKey={(f) => f.id}
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
    </section>
  );
}
