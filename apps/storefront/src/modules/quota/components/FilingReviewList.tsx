import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { QUOTA_FILINGS_QUERY, REVIEW_QUOTA_FILING_MUTATION } from '../graphql/quota.documents';

/** Filings waiting for the finance reviewer: approve, or return with a reason. */
export function FilingReviewList({ regionCode, year, onReviewed }: { regionCode: string; year: number; onReviewed: () => void }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { data, refetch } = useQuery(QUOTA_FILINGS_QUERY, { variables: { regionCode, year, status: 'submitted' } });
  const [review] = useMutation(REVIEW_QUOTA_FILING_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const filings = data?.quotaFilings ?? [];
  if (!filings.length) return null;

  async function decide(filingId: string, approve: boolean) {
    setError(null);
    const reason = approve ? null : window.prompt(t('quota.filing.askReason'));
    if (!approve && !reason) return;
    try {
      await review({ variables: { filingId, approve, reason } });
      await refetch();
      onReviewed();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="yg-card quota-filing" data-testid="filing-review">
      <h2>{t('quota.filing.toReview', { count: filings.length })}</h2>
      {error && <p className="quota-overdue" role="alert">{error}</p>}
      <table className="quota-table">
        <tbody>
          {filings.map((f) => (
            <tr key={f.id}>
              <td>{f.unitName ?? '—'}</td>
              <td>{t('quota.filing.headcount')} {f.headcount}</td>
              <td>{t('quota.target')} <Price fen={f.targetFen} size="sm" /></td>
              <td className="quota-actions">
                <button type="button" className="yg-button" onClick={() => void decide(f.id, true)}>{t('quota.filing.approve')}</button>
                <button type="button" className="yg-button yg-button--ghost" onClick={() => void decide(f.id, false)}>{t('quota.filing.return')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
