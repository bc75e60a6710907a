import { useT } from '@yigou/web/i18n';

/** Red / amber / green against the pace of the year. */
export function PaceBadge({ status }: { status: string }) {
  const t = useT();
  const label = status === 'green' ? t('quota.status.green') : status === 'amber' ? t('quota.status.amber') : t('quota.status.red');
  return (
    <span className={`quota-pace quota-pace--${status}`} data-testid={`pace-${status}`}>
      {label}
    </span>
  );
}
