import { useQuery } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { SKU_LIMITS_QUERY } from '../graphql/purchase-limits.documents';
import '../../catalog/product-page.css';

/** Limit text for one line: "每人限购 3 件 · 您还可购买 1 件". */
export function limitText(
  t: ReturnType<typeof useI18n>['t'],
  limit: number | null | undefined,
  remaining: number | null | undefined,
): string | null {
  if (limit === null || limit === undefined) return null;
  const parts = [t('limit.perBuyer', { n: limit })];
  if (remaining !== null && remaining !== undefined) parts.push(t('limit.remaining', { n: remaining }));
  return parts.join(' · ');
}

/** On the product page: the chosen SKU's per-buyer limit and what the signed-in buyer may still buy. */
export function PurchaseLimitNote({ productId, skuId }: { productId: string; skuId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(SKU_LIMITS_QUERY, { variables: { productId }, fetchPolicy: 'cache-and-network' });
  const sku = data?.product?.skus.find((s) => s.id === skuId);
  const text = limitText(t, sku?.purchaseLimit, sku?.purchaseLimitRemaining);
  if (!text) return null;
  return (
    <p className={`purchase-limit${sku?.purchaseLimitRemaining === 0 ? ' form-error' : ' muted'}`} data-testid="purchase-limit">
      {text}
    </p>
  );
}
