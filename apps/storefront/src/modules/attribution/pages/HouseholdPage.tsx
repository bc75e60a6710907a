import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Skeleton } from '@yigou/web/ui';
import { formatFen, parseFen, yuanToFen } from '@yigou/shared/money';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { HOUSEHOLD_INCOME_QUERY, RECORD_OTHER_INCOME_MUTATION } from '../graphql/attribution.documents';
import { EChart, type ChartOption } from '../components/EChart';
import { Kpi } from '../components/Kpi';
import { CATEGORY_LABELS, thisYear } from '../utils/files';
import '../attribution.css';

const STATUS: Record<string, string> = { under_line: '低于贫困线', in_band: '处于监测区间', above: '高于监测线' };
const KINDS: Record<string, string> = { wage: '工资', land_rent: '土地流转租金', dividend: '分红', other: '其他' };

/** 农户页: this year's attributed and other income per person against the poverty line and the monitoring band. */
export function HouseholdPage() {
  const { id = '' } = useParams();
  const year = thisYear();
  const errorMessage = useErrorMessage();
  const { data, error, refetch } = useQuery(HOUSEHOLD_INCOME_QUERY, { variables: { id, year }, fetchPolicy: 'cache-and-network' });
  const [record, recording] = useMutation(RECORD_OTHER_INCOME_MUTATION);
  const [kind, setKind] = useState('wage');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const inc = data?.householdIncome;
  useDocumentTitle(inc ? `农户 ${inc.household.householdNo}` : '农户');

  const chart = useMemo<ChartOption>(() => {
    const per = inc ? Number(parseFen(inc.perCapitaFen)) / 100 : 0;
    return {
      tooltip: {},
      grid: { left: 80, right: 30, top: 20, bottom: 30 },
      xAxis: { type: 'value', max: Math.max(7000, per * 1.2) },
      yAxis: { type: 'category', data: ['本年人均收入'] },
      series: [
        {
          type: 'bar',
          data: [per],
          itemStyle: { color: inc?.status === 'under_line' ? '#c62828' : inc?.status === 'in_band' ? '#ef6c00' : '#2f7d32' },
          markLine: {
            symbol: 'none',
            data: [
              { xAxis: 4000, name: '贫困线' },
              { xAxis: 6000, name: '监测线' },
            ],
            label: { formatter: '{b}' },
          },
        },
      ],
    };
  }, [inc]);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (!inc) return <Skeleton className="attribution-skeleton" />;
  const h = inc.household;

  async function onRecord(e: React.FormEvent) {
    e.preventDefault();
    setFormError(null);
    let fen: number;
    try {
      fen = yuanToFen(amount);
    } catch {
      setFormError('金额格式不正确，最多两位小数');
      return;
    }
    try {
      await record({ variables: { input: { householdId: id, year, kind, amountFen: String(fen), note } } });
      setAmount('');
      setNote('');
      await refetch();
    } catch (err) {
      setFormError(errorMessage(err));
    }
  }

  return (
    <div className="attribution-page">
      <header className="attribution-hero yg-card">
        <div>
          <p className="muted">
            <Link to="/county/households">农户名册</Link> · {h.villageName}
          </p>
          <h1>
            {h.headNameMasked} <small>{h.householdNo}</small>
          </h1>
          <p className="muted">
            {CATEGORY_LABELS[h.category] ?? h.category} · {h.members} 人 · 身份证 {h.idNumberMasked} · 帮扶责任人{' '}
            {h.helpers.join('、') || '—'}
          </p>
        </div>
        <strong data-testid="household-status" data-status={inc.status}>
          {STATUS[inc.status]}
        </strong>
      </header>
      <div className="attribution-kpis">
        <Kpi label={`${inc.year} 年消费帮扶归因`} testId="household-attributed" value={formatFen(parseFen(inc.attributedFen))} />
        <Kpi label="其他收入" testId="household-other" value={formatFen(parseFen(inc.otherIncomeFen))} />
        <Kpi label="合计" value={formatFen(parseFen(inc.totalFen))} />
        <Kpi label="登记人均纯收入" testId="household-recorded" value={formatFen(parseFen(inc.recordedPerCapitaFen))} />
        <Kpi
          label="人均收入（贫困线 ¥4,000 · 监测线 ¥6,000）"
          testId="household-per-capita"
          value={formatFen(parseFen(inc.perCapitaFen))}
        />
      </div>
      <p className="muted" data-testid="household-basis">
        {inc.basis}：{formatFen(parseFen(inc.recordedPerCapitaFen))} + {formatFen(parseFen(inc.addedPerCapitaFen))} ={' '}
        {formatFen(parseFen(inc.perCapitaFen))}
      </p>
      <section className="yg-card">
        <EChart option={chart} height={160} testId="chart-household" />
      </section>
      <div className="attribution-tables">
        <section className="yg-card attribution-table">
          <h3>归因明细</h3>
          <table>
            <thead>
              <tr>
                <th>订单号</th>
                <th>月份</th>
                <th>金额</th>
              </tr>
            </thead>
            <tbody>
              {inc.recentEntries.map((e) => (
                <tr key={e.id} data-testid="household-entry">
                  <td>
                    {e.orderNo}
                    {e.reversesId ? '（退款冲回）' : ''}
                  </td>
                  <td>{e.month}</td>
                  <td>{formatFen(parseFen(e.amountFen))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="yg-card attribution-table">
          <h3>其他收入</h3>
          <ul>
            {inc.otherIncome.map((o) => (
              <li key={o.id}>
                {KINDS[o.kind] ?? o.kind} {formatFen(parseFen(o.amountFen))} {o.note}
              </li>
            ))}
          </ul>
          <form onSubmit={(e) => void onRecord(e)} className="attribution-form">
            <select value={kind} onChange={(e) => setKind(e.target.value)}>
              {Object.entries(KINDS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
            <input className="yg-input" placeholder="金额（元）" value={amount} onChange={(e) => setAmount(e.target.value)} name="amount" />
            <input className="yg-input" placeholder="备注" value={note} onChange={(e) => setNote(e.target.value)} name="note" />
            <button type="submit" className="yg-button" disabled={recording.loading}>
              录入
            </button>
            {formError && <p className="form-error">{formError}</p>}
          </form>
        </section>
      </div>
    </div>
  );
}
