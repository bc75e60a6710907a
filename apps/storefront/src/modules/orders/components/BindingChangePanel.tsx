import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Badge, InlineError } from '@yigou/web/ui';
import { useI18n, type MessageKey } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { BINDING_TARGETS_QUERY, ORDER_BINDING_QUERY, REQUEST_BINDING_CHANGE } from '../graphql/binding-changes.documents';
import { formatDateTime } from '../utils/order-labels';

export const bindingStatusKey = (s: string): MessageKey => `binding.status.${s}` as MessageKey;
export const bindingTone = (s: string): 'orange' | 'green' | 'gray' => (s === 'pending' ? 'orange' : s === 'approved' ? 'green' : 'gray');

/**
 * Order detail: which work unit the order counts for, the recorded requests to
 * change it, and — for the order's buyer — a form to request a change (a platform admin decides).
 */
export function BindingChangePanel({ orderId, isBuyer }: { orderId: string; isBuyer: boolean }) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { data } = useQuery(ORDER_BINDING_QUERY, { variables: { id: orderId }, fetchPolicy: 'cache-and-network' });
  const [loadTargets, targets] = useLazyQuery(BINDING_TARGETS_QUERY, { fetchPolicy: 'network-only' });
  const [request, state] = useMutation(REQUEST_BINDING_CHANGE, { refetchQueries: [ORDER_BINDING_QUERY] });
  const [open, setOpen] = useState(false);
  const [toUnitId, setToUnitId] = useState('');
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const order = data?.order;
  if (!order) return null;
  const history = order.bindingChanges;
  const pending = history.some((b) => b.status === 'pending');
  const choices = targets.data?.bindingChangeTargets ?? [];

  return (
    <section className="yg-card binding-panel" data-testid="binding-panel">
      <h2>{t('binding.title')}</h2>
      <p data-testid="order-unit">{order.unitName ?? t('order.noUnit')}</p>
      {history.length > 0 && (
        <>
          <h3>{t('binding.history')}</h3>
          <ul className="binding-history">
            {history.map((b) => (
              <li key={b.id} data-testid="binding-change">
                <Badge tone={bindingTone(b.status)}>{t(bindingStatusKey(b.status))}</Badge> {b.fromUnitName ?? t('order.noUnit')} →{' '}
                {b.toUnitName} · {b.reason} <span className="muted">{formatDateTime(b.decidedAt ?? b.createdAt, locale)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {isBuyer && !pending && !open && (
        <button
          type="button"
          className="yg-button yg-button--ghost"
          data-testid="request-binding-change"
          onClick={() => {
            setOpen(true);
            void loadTargets({ variables: { orderId } });
          }}
        >
          {t('binding.request')}
        </button>
      )}
      {isBuyer && !pending && open && (
        <form
          className="binding-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!toUnitId) return setFormError(t('binding.targetRequired'));
            if (!reason.trim()) return setFormError(t('binding.reasonRequired'));
            setFormError(null);
            const r = await request({ variables: { orderId, toUnitId, reason: reason.trim() } }).catch(() => null);
            if (r?.data) {
              setOpen(false);
              setReason('');
              setToUnitId('');
            }
          }}
        >
          {targets.loading ? (
            <span className="muted">{t('state.loading')}</span>
          ) : choices.length === 0 ? (
            <span className="muted">{t('binding.noTargets')}</span>
          ) : (
            <select className="yg-input" aria-label={t('binding.target')} value={toUnitId} onChange={(e) => setToUnitId(e.target.value)}>
              <option value="">{t('binding.chooseTarget')}</option>
              {choices.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                  {u.current ? t('binding.current') : u.parent ? t('binding.parent') : ''}
                </option>
              ))}
            </select>
          )}
          <textarea
            className="yg-input"
            aria-label={t('binding.reason')}
            placeholder={t('binding.reason')}
            maxLength={200}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <button type="submit" className="yg-button" data-testid="submit-binding-change" disabled={state.loading || choices.length === 0}>
            {t('binding.submit')}
          </button>
          <button type="button" className="yg-button yg-button--ghost" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      {pending && isBuyer && <p className="muted">{t('binding.submitted')}</p>}
      <InlineError className="form-error" message={formError} />
      {(state.error ?? targets.error) && (
        <p className="form-error" role="alert">
          {errorMessage((state.error ?? targets.error)!)}
        </p>
      )}
    </section>
  );
}
