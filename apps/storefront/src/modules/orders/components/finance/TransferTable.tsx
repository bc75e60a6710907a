import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Badge, type Column, CompactInput, DataTable, Price, useToast, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { formatFen } from '@yigou/shared/money';
import { useErrorMessage } from '../../../errors/hooks/useErrorMessage';
import type { FinanceTransfersQuery } from '../../../../generated/graphql';
import { FINANCE_DESK_QUERIES, MATCH_TRANSFER, PAYMENT_CHECKS_QUERY } from '../../graphql/finance.documents';
import { type FinanceOrder } from './FinanceOrdersTable';
import type { FinanceTable } from '../../hooks/useFinanceLists';
import { yuanInputToFen } from '../../utils/order-labels';
import { shanghaiDate } from '@yigou/shared/time';
import '../../orders.css';

type Transfer = FinanceTransfersQuery['bankTransfers']['edges'][number]['node'];
type Order = FinanceOrder;

interface Props extends FinanceTable<Transfer> {
  /** The orders a transfer can be matched to (the 平台订单 table's page). */
  orders: Order[];
}

/** 到账记录 with headers, sorting and pages; each transfer with a balance can be matched, pre-filled when its memo names an order. */
export function TransferTable({ orders, ...table }: Props) {
  const t = useT();
  const columns: Column<Transfer>[] = [
    { id: 'txnNo', header: t('finance.txnNo'), cell: (tr) => tr.bankTxnNo },
    {
      id: 'receivedAt',
      header: t('finance.receivedAt'),
      sortKey: 'RECEIVED_AT',
      cell: (tr) => <span className="muted finance-date">{shanghaiDate(tr.receivedAt)}</span>,
    },
    { id: 'payer', header: t('finance.payer'), cell: (tr) => tr.payerName },
    { id: 'amount', header: t('finance.amount'), numeric: true, sortKey: 'AMOUNT', cell: (tr) => <Price fen={tr.amountFen} /> },
    { id: 'state', header: t('finance.col.status'), cell: (tr) => <TransferState transfer={tr} /> },
    { id: 'memo', header: t('finance.memo'), cell: (tr) => <span className="muted">{tr.memo}</span> },
    {
      id: 'actions',
      header: t('finance.col.actions'),
      cell: (tr) => Number(tr.unmatchedFen) > 0 && <MatchCell transfer={tr} orders={orders} />,
    },
  ];
  return (
    <DataTable
      {...table}
      columns={columns}
      rowKey={(tr) => tr.id}
      empty={t('finance.noTransfers')}
      testId="transfer-table"
      rowTestId="transfer-row"
    />
  );
}

function TransferState({ transfer: tr }: { transfer: Transfer }) {
  const t = useT();
  if (Number(tr.unmatchedFen) <= 0)
    return (
      <span data-testid="transfer-state">
        <Badge tone="green">{t('finance.matched')}</Badge>
      </span>
    );
  return (
    <span data-testid="transfer-state">
      {Number(tr.matchedFen) > 0 && (
        <Badge tone="blue">
          {t('finance.matched')} <Price fen={tr.matchedFen} />
        </Badge>
      )}{' '}
      <span>
        {t('finance.balance')} <Price fen={tr.unmatchedFen} testId="transfer-unmatched" />
      </span>
    </span>
  );
}

function MatchCell({ transfer: tr, orders }: { transfer: Transfer; orders: Order[] }) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const suggestion = tr.suggestions[0];
  const [orderId, setOrderId] = useState(suggestion?.orderId ?? '');
  const [amount, setAmount] = useState(suggestion ? (Number(suggestion.amountFen) / 100).toFixed(2) : '');
  const [error, setError] = useState<string | null>(null);
  const [match, { loading }] = useMutation(MATCH_TRANSFER, { refetchQueries: [...FINANCE_DESK_QUERIES, PAYMENT_CHECKS_QUERY] });
  // What the select offers: the suggested orders first (they may be beyond the page of orders below), then the open ones.
  const options = [
    ...tr.suggestions.map((s) => ({ id: s.orderId, label: `${s.orderNo} ${s.remittanceRef}` })),
    ...orders
      .filter(
        (o) =>
          o.paymentMethod === 'bank_transfer' &&
          Number(o.paidFen) < Number(o.totalFen) &&
          o.status !== 'refunded' &&
          o.status !== 'cancelled',
      )
      .filter((o) => !tr.suggestions.some((s) => s.orderId === o.id))
      .map((o) => ({ id: o.id, label: `${o.orderNo} ${o.remittanceRef}` })),
  ];

  const send = async (allocations: { orderId: string; amountFen: string }[]) => {
    setError(null);
    try {
      await match({ variables: { transferId: tr.id, allocations } });
      const total = allocations.reduce((s, a) => s + Number(a.amountFen), 0);
      const names = allocations.map((a) => options.find((o) => o.id === a.orderId)?.label.split(' ')[0] ?? '').join('、');
      toast(t('finance.matchedToast', { amount: formatFen(total), orderNo: names }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="match-cell">
      {suggestion && (
        <p className="match-cell__hint" data-testid="match-suggestion">
          {t('finance.suggested', {
            orderNo: tr.suggestions.map((s) => s.orderNo).join('、'),
            amount: formatFen(tr.suggestions.reduce((s, x) => s + Number(x.amountFen), 0)),
          })}{' '}
          <button
            type="button"
            className="yg-button yg-button--primary"
            data-testid="use-suggestion"
            disabled={loading}
            onClick={() => void send(tr.suggestions.map((s) => ({ orderId: s.orderId, amountFen: String(s.amountFen) })))}
          >
            {t('finance.useSuggestion')}
          </button>
        </p>
      )}
      <span className="ship-form">
        <select className="yg-input" aria-label={t('finance.match')} value={orderId} onChange={(e) => setOrderId(e.target.value)}>
          <option value="">{t('finance.match')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        <CompactInput className="yg-input" mode="decimal" label={t('finance.amount')} value={amount} onValueChange={setAmount} />
        <button
          type="button"
          className="yg-button"
          data-testid="match-transfer"
          disabled={loading}
          onClick={() => {
            const fen = yuanInputToFen(amount);
            if (!orderId) return setError(t('finance.error.pickOrder'));
            if (!fen) return setError(t('finance.error.amount'));
            void send([{ orderId, amountFen: String(fen) }]);
          }}
        >
          {t('finance.match')}
        </button>
      </span>
      <InlineError className="form-error" testId="match-error" message={error} />
    </div>
  );
}
