import { BasketIcon, EmptyState } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';

/** The cart's empty state, with the way back to the catalogue: on the cart, and on /checkout with nothing in the cart. */
export function EmptyCart() {
  const t = useT();
  return (
    <EmptyState
      title={t('cart.empty')}
      hint={t('cart.emptyHint')}
      icon={<BasketIcon size={40} />}
      link={{ to: '/search', label: t('nav.search') }}
    />
  );
}
