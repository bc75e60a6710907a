import { Link } from 'react-router-dom';
import type { SupplierStatusFieldsFragment } from '../../../generated/graphql';
import { formatDate } from '../../catalog/utils/format-date';
import { useSupplierKindLabel } from '../../catalog/components/SupplierCard';
import { hasLabel, useL } from '../utils/labels';
import '../../auth/account.css';

const STATUS_COLORS: Record<string, string> = {
  pending: 'orange',
  recommended: 'blue',
  approved: 'green',
  rejected: 'red',
  suspended: 'gray',
};

export function StatusBadge({ status }: { status: string }) {
  const L = useL();
  return (
    <span className={`yg-badge yg-badge--${STATUS_COLORS[status] ?? 'gray'}`} data-testid="supplier-status" data-status={status}>
      {hasLabel(status) ? L(status) : status}
    </span>
  );
}

/** The non-empty parts, trimmed, joined by `separator`. */
function joined(parts: readonly (string | null | undefined)[], separator: string): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter(Boolean)
    .join(separator);
}

/** A supplier's 入驻 status with every step: who, when and why. */
export function SupplierStatusCard({ supplier, actions }: { supplier: SupplierStatusFieldsFragment; actions?: React.ReactNode }) {
  const L = useL();
  const kindLabel = useSupplierKindLabel();
  // A supplier the platform imported has an application with empty fields: say so instead of blanks and bare separators.
  const orNotProvided = (text: string) => text || <span className="muted">{L('notProvided')}</span>;
  return (
    <section className="yg-card sp-card" data-testid="supplier-status-card" data-supplier-id={supplier.id}>
      <header className="sp-card__head">
        <div>
          <h2 className="sp-card__title">{supplier.name}</h2>
          <p className="muted">
            {kindLabel(supplier.kind, supplier.enterpriseLevel ?? null)} · {supplier.county.fullName}
            {supplier.application?.creditCode ? ` · ${supplier.application.creditCode}` : ''}
          </p>
        </div>
        <StatusBadge status={supplier.status} />
      </header>
      {supplier.nextStep && (
        <p className="yg-alert" data-testid="supplier-next-step" data-county-reviewer={supplier.nextStep.countyHasReviewer}>
          {supplier.nextStep.text}
        </p>
      )}
      {supplier.application && (
        <dl className="kv sp-kv">
          <div>
            <dt>{L('contactName')}</dt>
            <dd>{orNotProvided(joined([supplier.application.contactName, supplier.application.contactPhone], ' '))}</dd>
          </div>
          <div>
            <dt>{L('bankName')}</dt>
            <dd>
              {orNotProvided(
                joined([supplier.application.bankName, supplier.application.bankAccountName, supplier.application.bankAccountNo], ' · '),
              )}
            </dd>
          </div>
          <div>
            <dt>{L('benefit')}</dt>
            <dd>{orNotProvided(supplier.application.benefitDescription?.trim() ?? '')}</dd>
          </div>
          {supplier.application.licenseImageUrl && (
            <div>
              <dt>{L('license')}</dt>
              <dd>
                <a href={supplier.application.licenseImageUrl} target="_blank" rel="noreferrer">
                  <img className="sp-thumb" src={supplier.application.licenseImageUrl} alt={L('license')} />
                </a>
              </dd>
            </div>
          )}
        </dl>
      )}
      <h3 className="sp-sub">{L('steps')}</h3>
      {supplier.reviewSteps.length === 0 && (
        <p className="muted" data-testid="review-steps-empty">
          {L('noSteps')}
        </p>
      )}
      <ol className="sp-steps" data-testid="review-steps">
        {supplier.reviewSteps.map((s) => (
          <li key={s.id} data-action={s.action}>
            <strong>{hasLabel(s.action) ? L(s.action) : s.action}</strong>
            <span className="muted">
              {' '}
              {s.actorName} · {formatDate(s.createdAt)}
            </span>
            {s.reason && <p className="sp-reason">{s.reason}</p>}
          </li>
        ))}
      </ol>
      {supplier.status === 'approved' && !actions && (
        <nav className="sp-links">
          <Link className="yg-button" to={`/supplier/${supplier.id}/products`} data-testid="manage-products">
            {L('products')}
          </Link>
          <Link className="yg-button yg-button--secondary" to={`/supplier/${supplier.id}/import`}>
            {L('import')}
          </Link>
        </nav>
      )}
      {actions}
    </section>
  );
}
