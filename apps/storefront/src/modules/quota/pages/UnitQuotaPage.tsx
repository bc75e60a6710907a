import { Link, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Price, Section, Skeleton } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { PaceBadge } from '../components/PaceBadge';
import { QuotaFilingPanel } from '../components/QuotaFilingPanel';
import { QuotaReminderList } from '../components/QuotaReminderList';
import { QuotaTrendChart } from '../components/QuotaTrendChart';
import { UNIT_QUOTA_DASHBOARD_QUERY } from '../graphql/quota.documents';
import { currentQuotaYear, formatRate, quotaScopes } from '../utils/quota-format';
import '../quota.css';

/** 单位以购代捐进度: target, ordered, completed, rate, days left, the monthly trend, what was bought, members. */
export function UnitQuotaPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const [params] = useSearchParams();
  const unitId = params.get('unit') ?? quotaScopes(user).unitId;
  const isAdmin = !!user?.roles.some((r) => (r.role === 'unit_admin' && r.unitId === unitId) || r.role === 'platform_admin');
  const year = Number(params.get('year')) || currentQuotaYear();
  const { data, loading, error, refetch } = useQuery(UNIT_QUOTA_DASHBOARD_QUERY, {
    variables: { unitId: unitId ?? '', year },
    skip: !unitId,
    fetchPolicy: 'cache-and-network',
  });
  const d = data?.unitQuotaDashboard;
  useDocumentTitle(d ? `${d.unitName} · ${t('quota.title')}` : t('quota.title'));

  if (!unitId) return <EmptyState title={t('quota.noUnit')} hint={t('quota.noUnitHint')} />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !d) return <Skeleton className="quota-skeleton" height={320} />;
  if (!d) return null;

  const stats = [
    {
      key: 'target',
      label: t('quota.target'),
      value: <Price fen={d.targetFen} size="lg" testId="quota-target" />,
      hint: d.targetProvisional ? t('quota.provisional') : t('quota.approved'),
    },
    { key: 'ordered', label: t('quota.ordered'), value: <Price fen={d.orderedFen} size="lg" testId="quota-ordered" /> },
    { key: 'completed', label: t('quota.completed'), value: <Price fen={d.completedFen} size="lg" testId="quota-completed" /> },
    {
      key: 'rate',
      label: t('quota.rate'),
      value: <strong data-testid="quota-rate">{formatRate(d.rate)}</strong>,
      hint: t('quota.paceHint', { pace: formatRate(d.pace) }),
    },
    { key: 'remaining', label: t('quota.remaining'), value: <Price fen={d.remainingFen} size="lg" /> },
    { key: 'days', label: t('quota.daysLeft'), value: <strong data-testid="quota-days-left">{d.daysLeft}</strong> },
  ];

  return (
    <div className="quota-page" data-testid="unit-quota-page">
      <header className="quota-hero yg-card">
        <div>
          <p className="muted">{t('quota.yearTitle', { year: d.year })}</p>
          <h1 data-testid="quota-unit-name">{d.unitName}</h1>
        </div>
        <PaceBadge status={d.status} />
      </header>

      <QuotaReminderList
        reminders={data?.myQuotaReminders ?? []}
        unreadCount={data?.myUnreadQuotaReminderCount ?? 0}
        onChanged={() => void refetch()}
      />

      <div className="quota-stats">
        {stats.map((s) => (
          <div key={s.key} className="quota-stat yg-card">
            <span className="muted">{s.label}</span>
            {s.value}
            {s.hint && <small className="muted">{s.hint}</small>}
          </div>
        ))}
      </div>

      {d.rolledUp.unitCount > 1 && (
        <p className="quota-rollup muted" data-testid="quota-rollup">
          {t('quota.rollUp', { count: d.rolledUp.unitCount })} <Price fen={d.rolledUp.orderedFen} size="sm" /> /{' '}
          <Price fen={d.rolledUp.completedFen} size="sm" />
        </p>
      )}

      {isAdmin && <QuotaFilingPanel unitId={d.unitId} year={d.year} onFiled={() => void refetch()} />}

      <Section title={t('quota.trend')}>
        <div className="yg-card quota-chart-card">
          <QuotaTrendChart months={d.months} />
        </div>
      </Section>

      <div className="quota-columns">
        <Section title={t('quota.topProducts')}>
          <TopList items={d.topProducts} linkPrefix="/products/" empty={t('quota.nothingYet')} />
        </Section>
        <Section title={t('quota.topSuppliers')}>
          <TopList items={d.topSuppliers} linkPrefix="/suppliers/" empty={t('quota.nothingYet')} />
        </Section>
      </div>

      {d.members && (
        <Section title={t('quota.members')}>
          <table className="quota-table yg-card" data-testid="quota-members">
            <thead>
              <tr>
                <th>{t('quota.member')}</th>
                <th>{t('quota.ordered')}</th>
                <th>{t('quota.completed')}</th>
              </tr>
            </thead>
            <tbody>
              {d.members.map((m) => (
                <tr key={m.userId}>
                  <td>{m.displayName}</td>
                  <td>
                    <Price fen={m.orderedFen} size="sm" />
                  </td>
                  <td>
                    <Price fen={m.completedFen} size="sm" />
                  </td>
                </tr>
              ))}
              {!d.members.length && (
                <tr>
                  <td colSpan={3} className="muted">
                    {t('quota.nothingYet')}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </Section>
      )}
    </div>
  );
}

function TopList({
  items,
  linkPrefix,
  empty,
}: {
  items: { id: string; name: string; orderedFen: string }[];
  linkPrefix: string;
  empty: string;
}) {
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <ol className="quota-top yg-card">
      {items.map((i) => (
        <li key={i.id}>
          <Link to={`${linkPrefix}${i.id}`}>{i.name}</Link>
          <Price fen={i.orderedFen} size="sm" />
        </li>
      ))}
    </ol>
  );
}
