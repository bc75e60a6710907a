import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Spinner, InlineError } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { EDITOR_SKU_LIMITS_QUERY, SET_PURCHASE_LIMIT } from '../graphql/purchase-limits.documents';
import '../orders.css';

/** Supplier product editor: the per-buyer limit (限购) of each SKU; empty removes it. */
export function PurchaseLimitPanel({ productId }: { productId: string }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(EDITOR_SKU_LIMITS_QUERY, {
    variables: { productId },
    fetchPolicy: 'cache-and-network',
  });
  const [save, state] = useMutation(SET_PURCHASE_LIMIT, { refetchQueries: [EDITOR_SKU_LIMITS_QUERY] });
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [savedSku, setSavedSku] = useState<string | null>(null);
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const skus = data?.productForEdit.skus ?? [];
  if (skus.length === 0) return null;
  return (
    <section className="yg-card sp-card" data-testid="purchase-limit-panel">
      <h2>{t('limit.editor')}</h2>
      {skus.map((s) => {
        const value = draft[s.id] ?? (s.purchaseLimit === null || s.purchaseLimit === undefined ? '' : String(s.purchaseLimit));
        return (
          <form
            key={s.id}
            className="ship-form"
            onSubmit={async (e) => {
              e.preventDefault();
              const raw = value.trim();
              const n = raw === '' ? null : Number(raw);
              if (n !== null && (!Number.isInteger(n) || n < 1 || n > 9999)) return setFormError(t('limit.invalid'));
              setFormError(null);
              setSavedSku(null);
              const r = await save({ variables: { skuId: s.id, perBuyer: n } }).catch(() => null);
              if (r?.data) setSavedSku(s.id);
            }}
          >
            <span>{s.spec}</span>
            <input
              className="yg-input"
              inputMode="numeric"
              aria-label={`${t('limit.editor')} ${s.spec}`}
              value={value}
              onChange={(e) => setDraft({ ...draft, [s.id]: e.target.value })}
            />
            <button type="submit" className="yg-button yg-button--secondary" disabled={state.loading}>
              {t('limit.save')}
            </button>
            {savedSku === s.id && (
              <span className="muted" role="status">
                {t('limit.saved')}
              </span>
            )}
          </form>
        );
      })}
      <InlineError className="form-error" message={formError} />
      <InlineError className="form-error" message={state.error && errorMessage(state.error)} />
    </section>
  );
}
