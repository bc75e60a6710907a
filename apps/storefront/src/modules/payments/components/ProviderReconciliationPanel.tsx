import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Price, InlineError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { PROVIDER_RECONCILIATION_QUERY, RUN_PROVIDER_RECONCILIATION } from '../graphql/payments.documents';
import { providerName, when } from '../utils/provider-labels';
import '../../orders/orders.css';
import '../payments.css';

const ACTION: Record<string, string> = {
  applied: '已补记到账',
  needs_review: '金额不符，待核对',
  refunding_second_payment: '重复支付，已自动退款',
  ignored: '未改变',
};

/** The finance desk's daily provider reconciliation: each provider's last run, and what differed from our ledger. */
export function ProviderReconciliationPanel() {
  const errorMessage = useErrorMessage();
  const { data } = useQuery(PROVIDER_RECONCILIATION_QUERY, { fetchPolicy: 'cache-and-network' });
  const [run, running] = useMutation(RUN_PROVIDER_RECONCILIATION, { refetchQueries: [PROVIDER_RECONCILIATION_QUERY] });
  const runs = data?.providerReconciliation.runs ?? [];
  const diffs = data?.providerReconciliation.differences ?? [];
  return (
    <div className="yg-card" data-testid="provider-reconciliation">
      <h2>渠道对账</h2>
      {runs.length === 0 && <p className="muted">尚未与支付渠道对账</p>}
      {runs.map((r) => (
        <p key={r.id} className="muted" data-testid="provider-run">
          {r.error ? (
            <Badge tone="red">对账出错</Badge>
          ) : r.differenceCount === 0 ? (
            <Badge tone="green">一致</Badge>
          ) : (
            <Badge tone="red">差异 {r.differenceCount} 处</Badge>
          )}{' '}
          {providerName(r.provider)} · {r.day} · 核对支付 {r.attemptsChecked} 笔、退款 {r.refundsChecked} 笔 · 最近对账：
          {r.finishedAt ? when(r.finishedAt) : '进行中'}
          {r.error && <> · {r.error}</>}
        </p>
      ))}
      <button
        type="button"
        className="yg-button yg-button--ghost"
        disabled={running.loading}
        onClick={() => void run({ variables: { day: null } }).catch(() => null)}
        data-testid="run-provider-reconciliation"
      >
        {running.loading ? '对账中…' : '对账昨日'}
      </button>
      <InlineError className="form-error" message={running.error && errorMessage(running.error)} />
      {diffs.length > 0 && (
        <div className="provider-differences">
          <table className="order-lines" data-testid="provider-differences">
            <tbody>
              {diffs.map((d) => (
                <tr key={d.id} data-testid="provider-difference">
                  <td>{d.kindLabel}</td>
                  <td>{d.orderNos.join('、')}</td>
                  <td className="muted">
                    {providerName(d.provider)} {d.providerRef}
                  </td>
                  <td>
                    本平台 {d.oursFen != null ? <Price fen={d.oursFen} /> : '—'} / 渠道{' '}
                    {d.theirsFen != null ? <Price fen={d.theirsFen} /> : '—'}
                  </td>
                  <td className="muted">{d.action ? (ACTION[d.action] ?? d.action) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
