import { Link } from 'react-router-dom';
import { ENTERPRISE_LEVEL_LABELS, SUPPLIER_KIND_LABELS, type EnterpriseLevel, type SupplierKind } from '@yigou/shared/domain';
import { useI18n } from '@yigou/web/i18n';
import '../product-page.css';

export interface SupplierSummary {
  id: string;
  name: string;
  kind: SupplierKind;
  enterpriseLevel: EnterpriseLevel | null;
  productCount: number;
  county: { name: string; fullName: string };
}

export function supplierHref(id: string): string {
  return `/suppliers/${encodeURIComponent(id)}`;
}

/** "国家级龙头企业", "农民专业合作社" … */
export function useSupplierKindLabel() {
  const { t, pick, locale } = useI18n();
  return (kind: SupplierKind, level: EnterpriseLevel | null) => {
    const kindLabel = pick(SUPPLIER_KIND_LABELS[kind], kind);
    if (!level) return kindLabel;
    // "National leading enterprise": in English the kind follows the level in lower case.
    const kindAfterLevel = locale === 'en' ? kindLabel.charAt(0).toLowerCase() + kindLabel.slice(1) : kindLabel;
    return t('supplier.levelKind', { level: pick(ENTERPRISE_LEVEL_LABELS[level], level), kind: kindAfterLevel });
  };
}

export function SupplierCard({ supplier }: { supplier: SupplierSummary }) {
  const { t } = useI18n();
  const kindLabel = useSupplierKindLabel();
  return (
    <aside className="supplier-card yg-card">
      <div className="yg-avatar supplier-card__avatar" aria-hidden="true">
        {[...supplier.name.replace(/^.{2}县/, '')][0] ?? '农'}
      </div>
      <div className="supplier-card__body">
        <p className="supplier-card__eyebrow">{t('supplier.card')}</p>
        <Link to={supplierHref(supplier.id)} className="supplier-card__name" data-testid="supplier-link">
          {supplier.name}
        </Link>
        <p className="supplier-card__meta">
          <span className="supplier-card__kind">{kindLabel(supplier.kind, supplier.enterpriseLevel)}</span>
          <span>{supplier.county.fullName}</span>
          <span>{t('supplier.productCount', { count: supplier.productCount })}</span>
        </p>
      </div>
      <Link to={supplierHref(supplier.id)} className="yg-button yg-button--secondary supplier-card__visit">
        {t('supplier.visit')}
      </Link>
    </aside>
  );
}
