import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { ErrorState, Spinner, InlineError, TextField, downloadBase64 } from '@yigou/web/ui';
import { fenToYuanString } from '@yigou/shared/money';
import { shanghaiDate } from '@yigou/shared/time';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { PROCUREMENT_LIST_QUERY, PROCUREMENT_LIST_XLSX_QUERY } from '../graphql/invoices.documents';
import { UnitInvoicesSection } from '../components/UnitInvoicesSection';
import { thisShanghaiMonth } from '../utils/invoice-files';
import { useInvoiceT } from '../utils/invoice-labels';
import '../procurement.css';

const yuan = (fen: string | number) => fenToYuanString(Number(fen));

/**
 * 采购清单 for 报销: one order (?order=) or the signed-in person's unit month (?month=YYYY-MM), printable and as XLSX.
 * The page's controls follow the reader's language; the list itself stays in Chinese, as offices file it (its title,
 * 人民币大写 and counting status come from the server, and the XLSX export is the same paper).
 */
export function ProcurementListPage() {
  const I = useInvoiceT();
  const { t, locale } = useI18n();
  useDocumentTitle(I('paperTitle'));
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const orderId = params.get('order');
  const month = params.get('month') ?? thisShanghaiMonth();
  const adminOf = user?.roles.find((r) => r.role === 'unit_admin' && r.unitId)?.unitId ?? null;
  const unitId = adminOf ?? user?.roles.find((r) => r.unitId)?.unitId ?? null;
  const variables = orderId ? { orderId } : { unitId, month };
  const { data, loading, error, refetch } = useQuery(PROCUREMENT_LIST_QUERY, {
    variables,
    skip: !orderId && !unitId,
    fetchPolicy: 'network-only',
  });
  const [exportError, setExportError] = useState<string | null>(null);
  if (!orderId && !unitId) return <ErrorState message={I('paperNoUnit')} />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading || !data) return <Spinner label={t('state.loading')} />;
  const list = data.procurementList;
  const exportXlsx = async () => {
    try {
      const r = await client.query({ query: PROCUREMENT_LIST_XLSX_QUERY, variables, fetchPolicy: 'network-only' });
      if (r.data) downloadBase64(r.data.procurementListXlsx.filename, r.data.procurementListXlsx.contentBase64);
      setExportError(null);
    } catch (e) {
      setExportError(errorMessage(e as Error));
    }
  };
  return (
    <section className="procurement" data-testid="procurement-list">
      {!orderId && (
        <div className="procurement__controls no-print">
          <TextField
            label={I('paperMonth')}
            type="month"
            name="month"
            value={month}
            onChange={(e) => e.target.value && setParams({ month: e.target.value })}
          />
        </div>
      )}
      {locale !== 'zh-CN' && <p className="muted no-print">{I('paperNote')}</p>}
      <h1 data-testid="procurement-title">{list.title}</h1>
      <div className="procurement__meta">
        <span>采购单位：{list.unitName ?? '—'}</span>
        <span className="muted">
          制表日期：<span data-testid="procurement-made-on">{shanghaiDate(list.generatedAt)}</span>　金额单位：元
        </span>
      </div>
      <div className="procurement__scroll">
        <table className="procurement__table">
          <thead>
            <tr>
              <th>序号</th>
              <th>订单号</th>
              <th>下单日期</th>
              <th>供应商</th>
              <th>商品 / 规格</th>
              <th>数量</th>
              <th>单价</th>
              <th>金额</th>
              <th>运费</th>
              <th>实付</th>
              <th>发票号码</th>
              <th>以购代捐计入</th>
            </tr>
          </thead>
          <tbody>
            {list.orders.length === 0 && (
              <tr>
                <td colSpan={12} className="muted">
                  本月没有可报销的订单
                </td>
              </tr>
            )}
            {list.orders.map((o, i) =>
              o.lines.map((l, k) => (
                <tr key={`${o.orderId}-${k}`} data-testid={k === 0 ? 'procurement-order' : undefined}>
                  {k === 0 && (
                    <>
                      <td rowSpan={o.lines.length}>{i + 1}</td>
                      <td rowSpan={o.lines.length}>{o.orderNo}</td>
                      <td rowSpan={o.lines.length} className="date">
                        {o.placedOn}
                      </td>
                      <td rowSpan={o.lines.length}>{o.supplierName}</td>
                    </>
                  )}
                  <td>
                    {l.productName} <span className="muted">{l.spec}</span>
                  </td>
                  <td className="num">{l.quantity}</td>
                  <td className="num">{yuan(l.unitPriceFen)}</td>
                  <td className="num">{yuan(l.amountFen)}</td>
                  {k === 0 && (
                    <>
                      <td rowSpan={o.lines.length} className="num">
                        {yuan(o.shippingFen)}
                      </td>
                      <td rowSpan={o.lines.length} className="num">
                        {yuan(o.netFen)}
                        {Number(o.refundedFen) > 0 && <div className="muted">已退 {yuan(o.refundedFen)}</div>}
                      </td>
                      <td rowSpan={o.lines.length} data-testid="procurement-invoice">
                        {o.invoiceNo ?? <span className="muted">{o.invoiceStatus}</span>}
                      </td>
                      <td rowSpan={o.lines.length}>{o.countingStatus}</td>
                    </>
                  )}
                </tr>
              )),
            )}
            <tr className="procurement__total">
              <td colSpan={9}>合计（小写）</td>
              <td className="num" data-testid="procurement-total">
                {yuan(list.totalFen)}
              </td>
              <td colSpan={2} />
            </tr>
            <tr className="procurement__total">
              <td colSpan={12} data-testid="procurement-uppercase">
                合计（大写）：人民币{list.totalUppercase}
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      <div className="procurement__signs">
        <span>经办人：</span>
        <span>审核人：</span>
        <span>单位负责人：</span>
      </div>
      <p className="no-print procurement__controls">
        <button type="button" className="yg-button" onClick={() => window.print()}>
          {I('paperPrint')}
        </button>
        <button type="button" className="yg-button yg-button--accent" data-testid="procurement-export" onClick={() => void exportXlsx()}>
          {I('paperExport')}
        </button>
      </p>
      <InlineError className="form-error" message={exportError} />
      {!orderId && adminOf && <UnitInvoicesSection unitId={adminOf} month={month} />}
    </section>
  );
}
