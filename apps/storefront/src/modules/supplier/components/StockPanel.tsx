import { useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import type { EditorProductFieldsFragment } from '../../../generated/graphql';
import { formatDate } from '../../catalog/utils/format-date';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { ADJUST_STOCK, STOCK_MOVEMENTS_QUERY } from '../graphql/supplier.documents';
import { hasLabel, useL } from '../utils/labels';
import '../../catalog/product-page.css';
import { InlineError } from '@yigou/web/ui';

/** Per SKU: receive (入库) or adjust (盘点) stock, and read its ledger. */
export function StockPanel({ product }: { product: EditorProductFieldsFragment }) {
  const L = useL();
  return (
    <section className="yg-card sp-card" data-testid="stock-panel">
      <h2 className="sp-card__title">{L('stockLedger')}</h2>
      {product.skus.map((s) => (
        <SkuStock key={s.id} sku={s} />
      ))}
    </section>
  );
}

function SkuStock({ sku }: { sku: EditorProductFieldsFragment['skus'][number] }) {
  const L = useL();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<'received' | 'adjusted'>('received');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [adjust, { loading }] = useMutation(ADJUST_STOCK);
  const [loadMovements, { data }] = useLazyQuery(STOCK_MOVEMENTS_QUERY, { fetchPolicy: 'network-only' });

  async function submit() {
    setError(null);
    const q = Number(quantity);
    if (!Number.isInteger(q) || q === 0) return setError('数量必须是非零整数');
    try {
      await adjust({ variables: { input: { skuId: sku.id, kind, quantity: q, reason: reason.trim() || null } } });
      setQuantity('');
      setReason('');
      void loadMovements({ variables: { skuId: sku.id } });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <div className="sp-stock" data-testid="sku-stock">
      <p>
        <strong>{sku.spec}</strong> · {L('stock')} <span data-testid="sku-available">{sku.available}</span>
        {sku.reserved > 0 && ` · ${L('reserved')} ${sku.reserved}`}
      </p>
      <div className="sp-inline">
        <select
          className="yg-select"
          value={kind}
          onChange={(e) => setKind(e.target.value as 'received' | 'adjusted')}
          aria-label={L('stockLedger')}
        >
          <option value="received">{L('received')}</option>
          <option value="adjusted">{L('adjusted')}</option>
        </select>
        <input
          className="yg-input"
          placeholder={L('quantity')}
          inputMode="numeric"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
        {/* the server's limit (200): then only the quantity can be refused, and its one line says so */}
        <input className="yg-input" placeholder={L('reason')} value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
        <button type="button" className="yg-button" disabled={loading} onClick={() => void submit()}>
          {L('apply_')}
        </button>
        <button type="button" className="yg-button yg-button--ghost" onClick={() => void loadMovements({ variables: { skuId: sku.id } })}>
          {L('stockLedger')}
        </button>
      </div>
      <InlineError className="sp-error" message={error} />
      {data && (
        <ul className="sp-ledger">
          {data.stockMovements.edges.map(({ node: m }) => (
            <li key={m.id}>
              {formatDate(m.createdAt)} · {hasLabel(m.kind) ? L(m.kind) : m.kind} ·{' '}
              {m.availableDelta > 0 ? `+${m.availableDelta}` : m.availableDelta}
              {m.reason ? ` · ${m.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
