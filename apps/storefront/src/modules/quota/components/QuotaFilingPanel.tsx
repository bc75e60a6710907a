import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Price, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { CanteenMode } from '../../../generated/graphql';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { FILE_QUOTA_MUTATION, QUOTA_FILING_QUERY } from '../graphql/quota.documents';

const MODES: CanteenMode[] = ['own', 'outsourced', 'shared', 'none'];
const AMOUNT = /^\d+(\.\d{1,2})?$/;
/** "1200000.5" yuan → "120000050" fen; empty → "0"; anything else is refused before sending. */
function yuanToFen(v: string): string {
  const [whole, cents = ''] = v.trim().split('.');
  return v.trim() === '' ? '0' : (BigInt(whole) * 100n + BigInt(cents.padEnd(2, '0'))).toString();
}

/** 年度填报 for the unit admin: figures in, the target they give and the review state out. */
export function QuotaFilingPanel({ unitId, year, onFiled }: { unitId: string; year: number; onFiled: () => void }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { data } = useQuery(QUOTA_FILING_QUERY, { variables: { unitId, year } });
  const [file, filing] = useMutation(FILE_QUOTA_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const f = data?.quotaFiling;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setError(null);
    const form = new FormData(e.currentTarget);
    const ratio = String(form.get('ratioPercent') ?? '').trim();
    const amounts = [String(form.get('canteenBudget') ?? ''), String(form.get('unionBudget') ?? '')].map((v) => v.trim());
    if (amounts.some((v) => v !== '' && !AMOUNT.test(v))) {
      setError(t('quota.filing.badAmount'));
      return;
    }
    try {
      await file({
        variables: {
          input: {
            unitId,
            year,
            headcount: Number(form.get('headcount')),
            canteenMode: String(form.get('canteenMode')) as CanteenMode,
            canteenBudgetFen: yuanToFen(String(form.get('canteenBudget') ?? '0')),
            unionBudgetFen: yuanToFen(String(form.get('unionBudget') ?? '0')),
            ratioPercent: ratio ? Number(ratio) : null,
          },
        },
        refetchQueries: [{ query: QUOTA_FILING_QUERY, variables: { unitId, year } }],
      });
      onFiled();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section className="quota-filing yg-card" data-testid="quota-filing">
      <h2>{t('quota.filing.title', { year })}</h2>
      {f && (
        <p data-testid="quota-filing-status">
          {t(`quota.filing.status.${f.status}` as 'quota.filing.status.submitted')} · {t('quota.target')}{' '}
          <Price fen={f.targetFen} size="sm" />
          {f.returnReason && (
            <span className="quota-overdue">
              {' '}
              · {t('quota.filing.returnReason')}：{f.returnReason}
            </span>
          )}
        </p>
      )}
      {f?.status !== 'approved' && (
        <form className="quota-filing__form" onSubmit={(e) => void submit(e)}>
          <label>
            {t('quota.filing.headcount')}
            <input className="yg-input" name="headcount" type="number" min={0} required defaultValue={f?.headcount ?? ''} />
          </label>
          <label>
            {t('quota.filing.canteenMode')}
            <select name="canteenMode" defaultValue={f?.canteenMode ?? 'own'}>
              {MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`quota.filing.mode.${m}` as 'quota.filing.mode.own')}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('quota.filing.canteenBudget')}
            <input className="yg-input" name="canteenBudget" inputMode="decimal" defaultValue={f ? Number(f.canteenBudgetFen) / 100 : ''} />
          </label>
          <label>
            {t('quota.filing.ratio')}
            <input className="yg-input" name="ratioPercent" type="number" step="0.01" defaultValue={f?.ratioPercent ?? ''} />
          </label>
          <label>
            {t('quota.filing.unionBudget')}
            <input className="yg-input" name="unionBudget" inputMode="decimal" defaultValue={f ? Number(f.unionBudgetFen) / 100 : ''} />
          </label>
          <button type="submit" className="yg-button" disabled={filing.loading}>
            {t('quota.filing.submit')}
          </button>
          <InlineError className="quota-overdue" testId="form-error" message={error} />
        </form>
      )}
    </section>
  );
}
