import type { StockState } from '@yigou/shared/domain';
import { formatPrice } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { unitLabel } from '../utils/unit-label';
import '../product-page.css';

export interface SkuView {
  id: string;
  spec: string;
  unit: string;
  priceFen: string;
  available: number;
  stockState: StockState;
}

export interface SkuSelectorProps {
  skus: readonly SkuView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function SkuSelector({ skus, selectedId, onSelect }: SkuSelectorProps) {
  const { t, locale } = useI18n();
  return (
    <div className="sku-selector" role="radiogroup" aria-label={t('product.spec')}>
      {skus.map((sku) => {
        const selected = sku.id === selectedId;
        const soldOut = sku.stockState === 'sold_out';
        return (
          <button
            key={sku.id}
            type="button"
            role="radio"
            aria-checked={selected}
            className={`sku${selected ? ' is-selected' : ''}${soldOut ? ' is-sold-out' : ''}`}
            onClick={() => onSelect(sku.id)}
            data-testid="sku-option"
          >
            <span className="sku__spec">{sku.spec}</span>
            <span className="sku__price">
              {formatPrice(sku.priceFen)}
              {t('product.perUnit', { unit: unitLabel(sku.unit, locale) })}
            </span>
            <span className={`sku__stock sku__stock--${sku.stockState}`}>
              {t(`stock.${sku.stockState}`)}
              {sku.stockState === 'low_stock' && ` · ${t('product.available', { count: sku.available })}`}
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** The SKU to preselect: the first one that can be bought, else the first. */
export function defaultSku<T extends { stockState: StockState }>(skus: readonly T[]): T | null {
  return skus.find((s) => s.stockState !== 'sold_out') ?? skus[0] ?? null;
}
