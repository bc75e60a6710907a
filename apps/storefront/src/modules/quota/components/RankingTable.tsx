import { Link } from 'react-router-dom';
import { type Column, DataTable, type Pager, Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { JurisdictionRankingQuery, RankingSort } from '../../../generated/graphql';
import { formatRank, formatRate } from '../utils/quota-format';
import { PaceBadge } from './PaceBadge';

type Ranking = JurisdictionRankingQuery['jurisdictionRanking'];
type RankingRow = Ranking['rows'][number];

/** One page of a jurisdiction's units by the server's order (sortable columns, drill-down to a unit), and the totals. */
export function RankingTable({
  ranking: r,
  year,
  sort,
  descending,
  loading,
  onSort,
  pager,
}: {
  ranking: Ranking;
  year: number;
  sort: RankingSort;
  descending: boolean;
  loading: boolean;
  onSort: (changes: { sort: string; desc: string | null }) => void;
  pager: Pager | undefined;
}) {
  const t = useT();
  const columns: Column<RankingRow>[] = [
    {
      id: 'rank',
      sortKey: 'rank',
      header: t('quota.col.rank'),
      cell: (row) => <span data-testid="ranking-rank">{formatRank(row.rank, row.tied)}</span>,
    },
    {
      id: 'name',
      sortKey: 'name',
      header: t('quota.col.name'),
      cell: (row) => (
        <>
          <Link to={`/quota?unit=${row.unitId}&year=${year}`} data-testid="ranking-unit">
            {row.name}
          </Link>
          {row.parentName && <small className="muted"> · {row.parentName}</small>}
          {row.filingOverdue && <small className="quota-overdue"> {t('quota.overdue')}</small>}
          {row.rolledUp.unitCount > 1 && (
            <small className="quota-rollup muted" data-testid="ranking-rollup">
              <br />
              {t('quota.rankingRollUp', { count: row.rolledUp.unitCount, rate: formatRate(row.rolledUp.rate) })}{' '}
              <Price fen={row.rolledUp.orderedFen} size="sm" /> / <Price fen={row.rolledUp.completedFen} size="sm" /> /{' '}
              <Price fen={row.rolledUp.targetFen} size="sm" />
            </small>
          )}
        </>
      ),
    },
    {
      id: 'target',
      sortKey: 'target',
      numeric: true,
      header: t('quota.col.target'),
      cell: (row) => <Price fen={row.targetFen} size="sm" />,
    },
    {
      id: 'ordered',
      sortKey: 'ordered',
      numeric: true,
      header: t('quota.col.ordered'),
      cell: (row) => (
        <span data-testid="ranking-ordered">
          <Price fen={row.orderedFen} size="sm" />
        </span>
      ),
    },
    {
      id: 'completed',
      sortKey: 'completed',
      numeric: true,
      header: t('quota.col.completed'),
      cell: (row) => <Price fen={row.completedFen} size="sm" />,
    },
    { id: 'rate', sortKey: 'rate', numeric: true, header: t('quota.col.rate'), cell: (row) => formatRate(row.rate) },
    { id: 'status', header: t('quota.col.status'), cell: (row) => <PaceBadge status={row.status} /> },
  ];
  return (
    <>
      <DataTable
        testId="ranking-table"
        rowTestId="ranking-row"
        columns={columns}
        rows={r.rows}
        rowKey={(row) => row.unitId}
        loading={loading}
        empty={t('quota.noUnits')}
        sort={{ key: sort, direction: descending ? 'DESC' : 'ASC' }}
        // a new column sorts ascending first (rank 1 on top), as before; the same column again flips it
        onSort={(next) => onSort({ sort: next.key, desc: next.key === sort && !descending ? '1' : null })}
        pager={pager}
      />
      <p className="quota-totals" data-testid="ranking-totals">
        {t('quota.totals')}：{t('quota.col.target')} <Price fen={r.totals.targetFen} size="sm" /> · {t('quota.col.ordered')}{' '}
        <Price fen={r.totals.orderedFen} size="sm" /> · {t('quota.col.completed')} <Price fen={r.totals.completedFen} size="sm" /> ·{' '}
        {t('quota.col.rate')} {formatRate(r.totals.rate)}
      </p>
    </>
  );
}
