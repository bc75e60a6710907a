import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { type Column, DataTable, EmptyState, ErrorState, TextField, useKeysetPages, downloadBase64 } from '@yigou/web/ui';
import { formatFen, parseFen } from '@yigou/shared/money';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { EXPORT_HOUSEHOLDS_MUTATION, HOUSEHOLDS_QUERY } from '../graphql/attribution.documents';
import { CATEGORY_LABELS } from '../utils/files';
import { uploadFile } from '../../upload/upload';
import { useCountyCode } from '../utils/use-county';
import { HouseholdRevealForm } from '../components/HouseholdRevealForm';
import { type ImportResult, ImportBox } from '../components/ImportBox';
import { useHouseholdReveal } from '../hooks/useHouseholdReveal';
import '../attribution.css';

/** 农户名册: masked list, import of households and links, logged reveal and export. */
export function CountyHouseholdsPage() {
  const county = useCountyCode();
  const reveal = useHouseholdReveal();
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
  if (!county) return <EmptyState title="仅县乡村振兴局和平台管理员可查看农户名册" />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const conn = data?.households;
  type Household = NonNullable<typeof conn>['edges'][number]['node'];
  const { revealed, draft } = reveal;
  const householdColumns: Column<Household>[] = [
    { id: 'no', header: '户编号', cell: (h) => <Link to={`/county/households/${h.id}`}>{h.householdNo}</Link> },
    { id: 'village', header: '村', cell: (h) => h.villageName },
    { id: 'head', header: '户主', nowrap: true, cell: (h) => revealed[h.id]?.headName ?? h.headNameMasked },
    { id: 'id', header: '身份证号', nowrap: true, cell: (h) => revealed[h.id]?.idNumber ?? h.idNumberMasked },
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
            aria-expanded={draft?.id === h.id}
            onClick={() => reveal.toggle(h.id)}
            data-testid="reveal-open"
          >
            查看明文
          </button>
        ),
    },
  ];

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
            draft?.id === h.id && (
              <HouseholdRevealForm
                householdNo={h.householdNo}
                draft={draft}
                busy={reveal.busy}
                onChange={reveal.setDraft}
                onReveal={(reason) => void reveal.submit(h, reason)}
                onCancel={() => reveal.setDraft(null)}
              />
            )
          }
        />
      </section>
    </div>
  );
}
