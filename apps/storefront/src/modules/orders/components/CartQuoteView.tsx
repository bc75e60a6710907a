import type { ReactNode } from 'react';
import { Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { formatFen } from '@yigou/shared/money';
import type { CartQuoteFieldsFragment } from '../../../generated/graphql';
import '../orders.css';

export type CartQuoteData = CartQuoteFieldsFragment;
type Group = CartQuoteData['groups'][number];

/** One supplier's order: its name, its items (rendered by the page), subtotal and shipping as the server priced them. */
export function CartSupplierGroup({ group, children }: { group: Group; children: ReactNode }) {
  const t = useT();
  return (
    <section className="yg-card cart-group" data-testid="cart-group">
      <h2 className="cart-group__title">{group.supplierName}</h2>
      {children}
      <footer className="cart-group__foot">
        <span>
          {t('cart.groupShipping')} {Number(group.shippingFen) === 0 ? t('cart.freeShipping') : <Price fen={group.shippingFen} />}
          {Number(group.missingForFreeShippingFen) > 0 && (
            <span className="muted"> · {t('cart.moreForFree', { amount: formatFen(Number(group.missingForFreeShippingFen)) })}</span>
          )}
        </span>
        <span>
          {t('cart.groupTotal')} <Price fen={group.totalFen} testId="cart-group-total" />
        </span>
      </footer>
    </section>
  );
}

/** Goods + shipping = total, every figure from the server's quote (never re-added here). */
export function CartQuoteTotals({ quote }: { quote: CartQuoteData }) {
  const t = useT();
  return (
    <div className="cart-sum" data-testid="cart-sum">
      <span className="muted">
        {t('cart.itemsTotal')} <Price fen={quote.itemsFen} /> · {t('cart.shippingTotal')}{' '}
        <Price fen={quote.shippingFen} testId="cart-shipping" />
      </span>
      <span>
        {t('cart.total')} <Price fen={quote.totalFen} size="lg" testId="cart-total" />
      </span>
      {quote.unavailableCount > 0 && <span className="form-error">{t('cart.unavailable', { count: quote.unavailableCount })}</span>}
    </div>
  );
}

/** Cart items arranged by the quote's supplier groups; items in no group (cannot be bought now) come last. */
export function groupItems<T extends { id: string }>(quote: CartQuoteData, items: readonly T[]): { group: Group | null; items: T[] }[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const placed = new Set<string>();
  const out: { group: Group | null; items: T[] }[] = quote.groups.map((g) => ({
    group: g,
    items: g.itemIds.flatMap((id) => {
      const item = byId.get(id);
      if (!item) return [];
      placed.add(id);
      return [item];
    }),
  }));
  const rest = items.filter((i) => !placed.has(i.id));
  if (rest.length) out.push({ group: null, items: rest });
  return out;
}
