import { useMutation, useQuery } from '@apollo/client/react';
import { Badge } from '@yigou/web/ui';
import { RECONCILIATION_STATUS_QUERY, RUN_RECONCILIATION_MUTATION } from '../graphql/reconciliation.documents';
import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: SHANGHAI_TIME_ZONE, hour12: false });

/** When the last reconciliation (订单重算对账) ran and whether it was clean; platform admins can run one now. */
export function ReconciliationStatus({ canRun = false }: { canRun?: boolean }) {
  const { data, refetch } = useQuery(RECONCILIATION_STATUS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [run, running] = useMutation(RUN_RECONCILIATION_MUTATION);
  const s = data?.reconciliationStatus;
  return (
    <p className="muted" data-testid="reconciliation-status">
      {!s ? (
        <Badge tone="gray">尚未对账</Badge>
      ) : s.clean ? (
        <Badge tone="green">对账一致</Badge>
      ) : (
        <Badge tone="red">对账差异 {s.differenceCount} 处</Badge>
      )}
      {s && <> 最近对账：{when(s.ranAt)}</>}
      {canRun && (
        <button
          type="button"
          className="yg-button yg-button--ghost"
          disabled={running.loading}
          onClick={() => void run().then(() => refetch())}
          data-testid="run-reconciliation"
        >
          {running.loading ? '对账中…' : '立即对账'}
        </button>
      )}
    </p>
  );
}
