import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  type Column,
  DataTable,
  EmptyState,
  ErrorState,
  type OnProgress,
  TextField,
  Upload,
  useKeysetPages,
  useToast,
} from '@yigou/web/ui';
import { formatFen, parseFen } from '@yigou/shared/money';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { EXPORT_HOUSEHOLDS_MUTATION, HOUSEHOLDS_QUERY, REVEAL_HOUSEHOLD_MUTATION } from '../graphql/attribution.documents';
import { CATEGORY_LABELS, downloadBase64 } from '../utils/files';
import { uploadFile } from '../../upload/upload';
import { useCountyCode } from '../utils/use-county';
import '../attribution.css';

/** As the server checks it (household.service REVEAL_REASON_MIN / MAX). */
const REASON_MIN = 2;
const REASON_MAX = 200;

interface ImportResult {
  status: string;
  totalRows: number;
  createdRows: number;
  errors: { row: number; field: string; message: string }[];
}

function ImportBox({
  title,
  testId,
  onImport,
}: {
  title: string;
  testId: string;
  onImport: (file: File, onProgress: OnProgress) => Promise<ImportResult>;
}) {
  const [result, setResult] = useState<ImportResult | null>(null);
  return (
    <div className="yg-card attribution-import" data-testid={testId}>
      <h3>{title}</h3>
      <Upload label="选择文件导入（XLSX / CSV）" accept=".xlsx,.csv" send={onImport} onDone={setResult} testId={`${testId}-file`} />
      {result && (
        <div data-testid={`${testId}-result`} data-status={result.status}>
          {result.status === 'done' ? (
            <p>
              导入成功：共 {result.totalRows} 行，新增 {result.createdRows} 条
            </p>
          ) : (
            <>
              <p className="form-error">有 {result.errors.length} 处错误，未导入任何数据：</p>
              <ul>
                {result.errors.slice(0, 50).map((e, i) => (
                  <li key={i}>
                    第 {e.row} 行 {e.field}：{e.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** 农户名册: masked list, import of households and links, logged reveal and export. */
export function CountyHouseholdsPage() {
  const county = useCountyCode();
  const [revealed, setRevealed] = useState<Record<string, { headName: string; idNumber: string }>>({});
  // the row whose 查看明文 is open: its reason is typed beside it (no browser dialog) and is logged with the reveal
  const [revealing, setRevealing] = useState<{ id: string; reason: string; error: string | null } | null>(null);
  const toast = useToast();
  const errorMessage = useErrorMessage();
  useDocumentTitle('农户名册');
  const pages = useKeysetPages(undefined, 20);
  const [search, setSearchState] = useState('');
  const setSearch = (q: string) => {
    setSearchState(q);
    pages.reset();
  };
  const { data, loading, error, refetch } = useQuery(HOUSEHOLDS_QUERY, {
    variables: { countyCode: county ?? '', search: search || null, first: pages.first, after: pages.after },
    skip: !county,
  });
  const [exportHouseholds] = useMutation(EXPORT_HOUSEHOLDS_MUTATION);
  const [reveal, revealState] = useMutation(REVEAL_HOUSEHOLD_MUTATION);
  if (!county) return <EmptyState title="仅县乡村振兴局和平台管理员可查看农户名册" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const conn = data?.households;
  type Household = NonNullable<typeof conn>['edges'][number]['node'];
  const householdColumns: Column<Household>[] = [
    { id: 'no', header: '户编号', cell: (h) => <Link to={`/county/households/${h.id}`}>{h.householdNo}</Link> },
    { id: 'village', header: '村', cell: (h) => h.villageName },
    { id: 'head', header: '户主', cell: (h) => revealed[h.id]?.headName ?? h.headNameMasked },
    { id: 'id', header: '身份证号', cell: (h) => revealed[h.id]?.idNumber ?? h.idNumberMasked },
    { id: 'members', header: '人口', numeric: true, cell: (h) => h.members },
    { id: 'category', header: '类别', cell: (h) => CATEGORY_LABELS[h.category] ?? h.category },
    { id: 'income', header: '上年人均', numeric: true, cell: (h) => formatFen(parseFen(h.incomePerCapitaFen)) },
    { id: 'helpers', header: '帮扶责任人', cell: (h) => h.helpers.join('、') },
    {
      id: 'reveal',
      header: '操作',
      cell: (h) =>
        !revealed[h.id] && (
          <button
            type="button"
            className="yg-button yg-button--ghost"
            aria-expanded={revealing?.id === h.id}
            onClick={() => setRevealing(revealing?.id === h.id ? null : { id: h.id, reason: '', error: null })}
            data-testid="reveal-open"
          >
            查看明文
          </button>
        ),
    },
  ];

  async function onReveal(h: Household, reason: string) {
    try {
      const r = await reveal({ variables: { id: h.id, reason } });
      if (!r.data) return;
      setRevealed((m) => ({ ...m, [h.id]: r.data!.revealHousehold }));
      setRevealing(null);
      toast(`已显示 ${h.householdNo} 的明文，查看已记录日志`);
    } catch (e) {
      setRevealing((x) => (x && x.id === h.id ? { ...x, error: errorMessage(e) } : x));
    }
  }

  return (
    <div className="attribution-page">
      <header className="attribution-hero yg-card">
        <div>
          <p className="muted">建档立卡户 · 姓名和身份证号已脱敏</p>
          <h1>
            农户名册 <small data-testid="household-count">{conn?.totalCount ?? '…'}</small> 户
          </h1>
        </div>
        <div className="attribution-actions">
          <Link className="yg-button yg-button--ghost" to={`/county?region=${county}`}>
            归因报表
          </Link>
          <button
            type="button"
            className="yg-button"
            onClick={async () => {
              const r = await exportHouseholds({ variables: { countyCode: county } });
              if (r.data) downloadBase64(r.data.exportHouseholds.filename, r.data.exportHouseholds.contentBase64);
            }}
          >
            导出 Excel
          </button>
        </div>
      </header>
      <div className="attribution-imports">
        <ImportBox
          title="导入农户（户编号、村、户主姓名、身份证号、家庭人口、户类别、上年人均纯收入(元)、帮扶责任人）"
          testId="import-households"
          onImport={async (file, onProgress) => {
            const r = await uploadFile<ImportResult>('/uploads/households', file, { countyCode: county }, onProgress);
            await refetch();
            return r;
          }}
        />
        <ImportBox
          title="导入利益联结（户编号、供应商统一社会信用代码、产品、联结方式、权重、起始日期、截止日期）"
          testId="import-links"
          onImport={(file, onProgress) => uploadFile<ImportResult>('/uploads/benefit-links', file, { countyCode: county }, onProgress)}
        />
      </div>
      <section className="yg-card attribution-table">
        <TextField
          label="搜索农户"
          placeholder="按户编号搜索"
          value={search}
          maxLength={40}
          onChange={(e) => setSearch(e.target.value)}
          data-testid="household-search"
        />
        <DataTable
          columns={householdColumns}
          rows={conn?.edges.map((e) => e.node) ?? []}
          rowKey={(h) => h.id}
          loading={loading}
          empty="没有符合条件的农户"
          pager={pages.pager(conn)}
          rowTestId="household-row"
          detail={(h) =>
            revealing?.id === h.id && (
              <form
                className="household-reveal"
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  const reason = revealing.reason.trim();
                  if ([...reason].length < REASON_MIN)
                    return setRevealing({ ...revealing, error: `请说明查看原因（至少 ${REASON_MIN} 个字）` });
                  void onReveal(h, reason);
                }}
                data-testid="reveal-form"
              >
                <TextField
                  label={`查看 ${h.householdNo} 明文的原因（将记录日志）`}
                  placeholder="例如：核对帮扶台账"
                  value={revealing.reason}
                  maxLength={REASON_MAX}
                  error={revealing.error}
                  onChange={(e) => setRevealing({ ...revealing, reason: e.target.value, error: null })}
                  data-testid="reveal-reason"
                />
                <button type="submit" className="yg-button yg-button--secondary" disabled={revealState.loading} data-testid="reveal-submit">
                  查看明文
                </button>
                <button type="button" className="yg-button yg-button--ghost" onClick={() => setRevealing(null)}>
                  取消
                </button>
              </form>
            )
          }
        />
      </section>
    </div>
  );
}
