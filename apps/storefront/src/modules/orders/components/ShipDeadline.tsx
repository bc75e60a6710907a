import { Badge } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { formatDateTime } from '../utils/order-labels';

/** "最晚发货时间" while an order waits to ship, and a red badge once it is past it. */
export function ShipDeadline({ shipDueAt, shipOverdue }: { shipDueAt: string | null | undefined; shipOverdue: boolean }) {
  const { t, locale } = useI18n();
  if (!shipDueAt) return null;
  return (
    <span className="ship-deadline" data-testid="ship-deadline">
      <span className="muted">
        {t('ship.dueAt')}：{formatDateTime(shipDueAt, locale)}
      </span>{' '}
      {shipOverdue && (
        <Badge tone="red" testId="ship-overdue">
          {t('ship.overdue')}
        </Badge>
      )}
    </span>
  );
}
