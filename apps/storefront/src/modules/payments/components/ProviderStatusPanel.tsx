import { useQuery } from '@apollo/client/react';
import { Badge } from '@yigou/web/ui';
import { PAYMENT_PROVIDER_STATUS_QUERY } from '../graphql/payments.documents';
import { providerName, when } from '../utils/provider-labels';
import '../../orders/orders.css';

/** Platform admin: which payment providers are live (their settings present), when each last notified us, its last reconciliation. */
export function ProviderStatusPanel() {
  const { data } = useQuery(PAYMENT_PROVIDER_STATUS_QUERY, { fetchPolicy: 'cache-and-network' });
  const providers = data?.paymentProviderStatus ?? [];
  if (providers.length === 0) return null;
  return (
    <div className="yg-card" data-testid="provider-status">
      <h2>支付渠道状态</h2>
      <table className="order-lines">
        <tbody>
          {providers.map((p) => (
            <tr key={p.name} data-testid="provider-status-row">
              <td>
                {providerName(p.name)} {p.live ? <Badge tone="green">已启用</Badge> : <Badge tone="gray">未配置</Badge>}
              </td>
              <td className="muted">最近通知：{p.lastNotificationAt ? when(p.lastNotificationAt) : '无'}</td>
              <td className="muted">
                {!p.reconciles ? (
                  '不支持渠道对账'
                ) : p.lastReconciliationAt ? (
                  <>
                    最近对账：{when(p.lastReconciliationAt)}{' '}
                    {p.lastReconciliationError ? (
                      <Badge tone="red">出错</Badge>
                    ) : p.lastReconciliationDifferences ? (
                      <Badge tone="red">差异 {p.lastReconciliationDifferences} 处</Badge>
                    ) : (
                      <Badge tone="green">一致</Badge>
                    )}
                  </>
                ) : (
                  '尚未对账'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
