import { Badge, CheckIcon } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { ProductPageQuery } from '../../../generated/graphql';
import { formatDate, isExpired } from '../utils/format-date';
import '../product-page.css';

type Certification = NonNullable<NonNullable<ProductPageQuery['product']>['certification']>;

/** "扶贫产品认定" with certificate number, issuer, batch and validity. */
export function CertificationPanel({ certification }: { certification: Certification | null }) {
  const t = useT();
  const expired = certification ? isExpired(certification.validTo) : false;
  return (
    <div className={`cert-panel${expired ? ' is-expired' : ''}`} data-testid="certification">
      <Badge tone={expired ? 'gray' : 'green'} icon={<CheckIcon size={12} strokeWidth={3} />}>
        {t('product.certified')}
      </Badge>
      {certification && (
        <dl className="cert-panel__details">
          <dd>{t('product.certificateNo', { no: certification.certificateNo })}</dd>
          <dd>{t('product.validity', { from: formatDate(certification.validFrom), to: formatDate(certification.validTo) })}</dd>
          <dd className="cert-panel__issuer">
            {t('product.issuedBy', { by: certification.issuedBy })}
            {certification.batch && <> · {t('product.batch', { batch: certification.batch })}</>}
          </dd>
        </dl>
      )}
    </div>
  );
}
