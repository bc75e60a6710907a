import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { formatFen, parseFen } from '@yigou/shared/money';
import { INCOME_ALERTS_QUERY } from '../graphql/attribution.documents';
import { CATEGORY_LABELS } from '../utils/files';
import '../attribution.css';

/** 收入预警: the county's households under the poverty line or in the monitoring band, 20 at a time (加载更多). */
export function IncomeAlerts({ countyCode, year }: { countyCode: string; year: number }) {
  const alerts = useQuery(INCOME_ALERTS_QUERY, {
    variables: { countyCode, year, first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="yg-card attribution-table" data-testid="alerts">
      <h3>收入预警（低于贫困线 4,000 元/人 或处于 6,000 元/人 监测区间）· 共 {alerts.data?.incomeAlerts.totalCount ?? '…'} 户</h3>
      <p className="muted" data-testid="alerts-basis">
        人均收入 = 建档登记的人均纯收入 + 本年平台销售归因收入与登记的其他收入之和 ÷ 家庭人口
      </p>
      <table>
        <thead>
          <tr>
            <th>户编号</th>
            <th>户主</th>
            <th>村</th>
            <th>类别</th>
            <th>人口</th>
            <th>登记人均纯收入</th>
            <th>人均收入（含本年）</th>
            <th>状态</th>
          </tr>
        </thead>
        <tbody>
          {alerts.data?.incomeAlerts.edges.map(({ node }) => (
            <tr key={node.household.id}>
              <td>
                <Link to={`/county/households/${node.household.id}`}>{node.household.householdNo}</Link>
              </td>
              <td>{node.household.headNameMasked}</td>
              <td>{node.household.villageName}</td>
              <td>{CATEGORY_LABELS[node.household.category] ?? node.household.category}</td>
              <td>{node.household.members}</td>
              <td>{formatFen(parseFen(node.recordedPerCapitaFen))}</td>
              <td>{formatFen(parseFen(node.perCapitaFen))}</td>
              <td>{node.status === 'under_line' ? '低于贫困线' : '监测区间'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {alerts.data?.incomeAlerts.pageInfo.hasNextPage && (
        <button
          type="button"
          className="yg-button yg-button--ghost"
          disabled={alerts.loading}
          onClick={() => void alerts.fetchMore({ variables: { after: alerts.data?.incomeAlerts.pageInfo.endCursor } })}
          data-testid="alerts-more"
        >
          加载更多
        </button>
      )}
    </section>
  );
}
