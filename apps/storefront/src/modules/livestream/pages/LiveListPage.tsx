import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, ErrorState, LoadMoreButton, Section, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { LIVE_SESSIONS_QUERY } from '../graphql/live.documents';
import { formatDateTime } from '../../orders/utils/order-labels';
import { ScheduleForm } from '../components/ScheduleForm';
import { FollowButton } from '../components/FollowButton';
import { LiveCover } from '../components/LiveCover';
import type { LiveSessionFieldsFragment } from '../../../generated/graphql';
import '../livestream.css';

const MANAGER_ROLES = ['live_host', 'county_admin', 'platform_admin'];

function SessionCard({ session: s }: { session: LiveSessionFieldsFragment }) {
  const { t, locale } = useI18n();
  return (
    <Link to={`/live/${s.id}`} className="live-card yg-card" data-testid="live-card">
      <LiveCover coverUrl={s.coverUrl} title={s.title} countyName={s.countyName}>
        <Badge tone={s.status === 'live' ? 'orange' : 'green'}>{t(`live.status.${s.status}`)}</Badge>
      </LiveCover>
      <div className="live-card__body">
        <h3>{s.title}</h3>
        <p>
          {s.hostTitle ? `${s.hostTitle} ` : ''}
          {s.hostName} · {t(`live.kind.${s.kind}`)}
        </p>
        <p className="live-muted">{t('live.startsAt', { time: formatDateTime(String(s.startsAt), locale) })}</p>
        {s.status !== 'scheduled' && <p className="live-muted">{t('live.orders', { count: s.orderCount })}</p>}
      </div>
    </Link>
  );
}

export function LiveListPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('live.title'));
  const { data, loading, error, refetch, fetchMore } = useQuery(LIVE_SESSIONS_QUERY, { variables: { first: 20 } });
  const manager = user?.roles?.some((g) => MANAGER_ROLES.includes(g.role));
  const county = user?.roles?.find((g) => g.regionCode)?.regionCode ?? '';
  const conn = data?.liveSessions;
  const counties = [...new Map((conn?.edges ?? []).map((e) => [e.node.countyCode, e.node.countyName])).entries()];

  return (
    <div className="live-page">
      <header className="live-hero">
        <h1>{t('live.title')}</h1>
        <p>{t('live.lead')}</p>
        {manager && (
          <Link to="/live/report" className="yg-button" data-testid="live-report-link">
            {t('live.report.title')}
          </Link>
        )}
      </header>
      {manager && <ScheduleForm defaultCounty={county} />}
      {counties.length > 0 && (
        <div className="live-follows" data-testid="live-follow-counties">
          <span className="live-muted">{t('live.followCounty')}</span>
          {counties.map(([code, name]) => (
            <FollowButton key={code} kind="county" targetId={code} label={name} signedIn={!!user} />
          ))}
        </div>
      )}
      <Section title={t('live.title')}>
        {error && !data ? (
          <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <Spinner />
        ) : !conn || conn.edges.length === 0 ? (
          <EmptyState title={t('live.empty')} />
        ) : (
          <>
            <div className="live-grid">
              {conn.edges.map((e) => (
                <SessionCard key={e.cursor} session={e.node} />
              ))}
            </div>
            <LoadMoreButton
              hasMore={conn.pageInfo.hasNextPage}
              loading={loading}
              onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}
            />
          </>
        )}
      </Section>
    </div>
  );
}
