import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useT } from '@yigou/web/i18n';
import { AlertIcon, BasketIcon } from './icons';

export function Skeleton({ width, height, className }: { width?: string | number; height?: string | number; className?: string }) {
  return <span className={['yg-skeleton', className].filter(Boolean).join(' ')} style={{ width, height }} aria-hidden="true" />;
}

export function ProductCardSkeleton() {
  return (
    <div className="yg-card yg-product-card yg-product-card--skeleton" data-testid="product-card-skeleton" aria-hidden="true">
      <Skeleton className="yg-product-card__media" />
      <div className="yg-product-card__body">
        <Skeleton height="1.1em" width="80%" />
        <Skeleton height="0.9em" width="55%" />
        <Skeleton height="1.3em" width="40%" />
      </div>
    </div>
  );
}

export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  const t = useT();
  return (
    <div className="yg-product-grid" role="status" aria-busy="true" aria-label={t('state.loading')}>
      {Array.from({ length: count }, (_, i) => (
        <ProductCardSkeleton key={i} />
      ))}
    </div>
  );
}

export function ProductGrid({ children }: { children: ReactNode }) {
  return <div className="yg-product-grid">{children}</div>;
}

export interface EmptyStateProps {
  title: string;
  hint?: string;
  action?: ReactNode;
  /** The usual way out of an empty page, a button-styled link (to the search page, home, …); in place of `action`. */
  link?: { to: string; label: string; secondary?: boolean };
  icon?: ReactNode;
}

export function EmptyState({ title, hint, action, link, icon = <BasketIcon size={40} /> }: EmptyStateProps) {
  const shown = link ? (
    <Link to={link.to} className={link.secondary ? 'yg-button yg-button--secondary' : 'yg-button'}>
      {link.label}
    </Link>
  ) : (
    action
  );
  return (
    <div className="yg-state yg-state--empty" data-testid="empty-state">
      <div className="yg-state__icon" aria-hidden="true">
        {icon}
      </div>
      <p className="yg-state__title">{title}</p>
      {hint && <p className="yg-state__hint">{hint}</p>}
      {shown && <div className="yg-state__action">{shown}</div>}
    </div>
  );
}

export interface ErrorStateProps {
  message: string;
  onRetry?: () => void;
  title?: string;
}

export function ErrorState({ message, onRetry, title }: ErrorStateProps) {
  const t = useT();
  return (
    <div className="yg-state yg-state--error" role="alert" data-testid="error-state">
      <div className="yg-state__icon" aria-hidden="true">
        <AlertIcon size={40} />
      </div>
      <p className="yg-state__title">{title ?? t('state.errorTitle')}</p>
      <p className="yg-state__hint">{message}</p>
      {onRetry && (
        <button type="button" className="yg-button yg-button--secondary" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export interface LoadMoreButtonProps {
  hasMore: boolean;
  loading: boolean;
  onClick: () => void;
}

export function LoadMoreButton({ hasMore, loading, onClick }: LoadMoreButtonProps) {
  const t = useT();
  if (!hasMore) return <p className="yg-load-more yg-load-more--end">{t('results.end')}</p>;
  return (
    <div className="yg-load-more">
      <button type="button" className="yg-button yg-button--secondary yg-button--wide" onClick={onClick} disabled={loading}>
        {loading ? t('results.loadingMore') : t('results.loadMore')}
      </button>
    </div>
  );
}

export function Spinner({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="yg-spinner" role="status">
      <span className="yg-spinner__dot" aria-hidden="true" />
      <span>{label ?? t('state.loading')}</span>
    </div>
  );
}

export function Section({ title, action, children, id }: { title: string; action?: ReactNode; children: ReactNode; id?: string }) {
  return (
    <section className="yg-section" aria-labelledby={id}>
      <header className="yg-section__header">
        <h2 className="yg-section__title" id={id}>
          {title}
        </h2>
        {action}
      </header>
      {children}
    </section>
  );
}
