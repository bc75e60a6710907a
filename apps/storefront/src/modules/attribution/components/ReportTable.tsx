import { formatFen, parseFen } from '@yigou/shared/money';
import '../attribution.css';

export interface Row {
  key: string;
  label: string;
  households: number;
  people: number;
  amountFen: string;
}

/** One table of the report: label, households and people reached, amount. */
export function ReportTable({ title, rows, testId }: { title: string; rows: readonly Row[]; testId: string }) {
  return (
    <section className="yg-card attribution-table" data-testid={testId}>
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">暂无数据</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>项目</th>
              <th>带动户数</th>
              <th>带动人数</th>
              <th>归因金额</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td>{r.households}</td>
                <td>{r.people}</td>
                <td>{formatFen(parseFen(r.amountFen))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
