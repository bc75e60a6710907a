import { useId } from 'react';
import { PRODUCT_CATEGORY_LABELS, PRODUCT_SORTS, type ProductCategory, type ProductSort } from '@yigou/shared/domain';
import { useI18n, type MessageKey } from '@yigou/web/i18n';
import type { SearchState } from '../utils/search-params';
import '../search.css';

export interface FilterOptions {
  counties: readonly { code: string; name: string; productCount: number }[];
  categories: readonly { category: ProductCategory; productCount: number }[];
}

export interface SearchFiltersProps {
  state: SearchState;
  options: FilterOptions;
  onChange: (patch: Partial<SearchState>) => void;
}

export function SearchFilters({ state, options, onChange }: SearchFiltersProps) {
  const { t, pick } = useI18n();
  const countyId = useId();
  const sortId = useId();
  const hasFilters = Boolean(state.county || state.category || state.certified || state.sort);

  return (
    <div className="filters" aria-label={t('filters.title')} role="region">
      <div className="filters__row">
        <label className="filters__control" htmlFor={countyId}>
          <span className="filters__label">{t('filters.county')}</span>
          <select
            id={countyId}
            className="yg-select"
            value={state.county}
            onChange={(e) => onChange({ county: e.target.value })}
            data-testid="county-select"
          >
            <option value="">{t('filters.allCounties')}</option>
            {options.counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__control" htmlFor={sortId}>
          <span className="filters__label">{t('filters.sort')}</span>
          <select
            id={sortId}
            className="yg-select"
            value={state.sort || (state.q ? 'relevance' : 'sales')}
            onChange={(e) => onChange({ sort: e.target.value as ProductSort })}
            data-testid="sort-select"
          >
            {PRODUCT_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sort.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="filters__toggle">
          <input
            type="checkbox"
            checked={state.certified}
            onChange={(e) => onChange({ certified: e.target.checked })}
            data-testid="certified-toggle"
          />
          <span className="filters__switch" aria-hidden="true" />
          <span>{t('filters.certifiedOnly')}</span>
        </label>
        {hasFilters && (
          <button
            type="button"
            className="filters__clear"
            onClick={() => onChange({ county: '', category: '', certified: false, sort: '' })}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
      <div className="chips" role="group" aria-label={t('filters.category')}>
        <button
          type="button"
          className={`chip${state.category === '' ? ' is-active' : ''}`}
          aria-pressed={state.category === ''}
          onClick={() => onChange({ category: '' })}
        >
          {t('filters.allCategories')}
        </button>
        {options.categories
          .filter((c) => c.productCount > 0 || c.category === state.category)
          .map((c) => (
            <button
              key={c.category}
              type="button"
              className={`chip${state.category === c.category ? ' is-active' : ''}`}
              aria-pressed={state.category === c.category}
              data-testid={`category-chip-${c.category}`}
              onClick={() => onChange({ category: c.category })}
            >
              {pick(PRODUCT_CATEGORY_LABELS[c.category], c.category)}
              <span className="chip__count">{c.productCount}</span>
            </button>
          ))}
      </div>
    </div>
  );
}
