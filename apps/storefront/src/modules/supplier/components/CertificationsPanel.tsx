import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError, TextField } from '@yigou/web/ui';
import type { ProductForEditQuery } from '../../../generated/graphql';
import { useFieldErrors } from '../../errors/hooks/useFieldErrors';
import { PRODUCT_FOR_EDIT_QUERY, SUBMIT_CERTIFICATION } from '../graphql/supplier.documents';
import { useL } from '../utils/labels';
import { ImageUpload } from './ImageUpload';

type Cert = ProductForEditQuery['productCertifications'][number];

const EMPTY = { certificateNo: '', issuedBy: '', batch: '', validFrom: '', validTo: '', evidenceImageUrl: '' };
/** A refused field's place: its own input (every field the server checks is on the form); productId has none. */
const placeOf = (field: string): string | null => (field in EMPTY ? field : null);

/** The product's 扶贫产品认定 records with their review state, and a form to submit a new one. */
export function CertificationsPanel({ productId, certs }: { productId: string; certs: Cert[] }) {
  const L = useL();
  const [submitCert, { loading }] = useMutation(SUBMIT_CERTIFICATION, {
    refetchQueries: [{ query: PRODUCT_FOR_EDIT_QUERY, variables: { id: productId } }],
  });
  const [v, setV] = useState(EMPTY);
  // the form's own check (the end before the start), else the server's refusal: every wrong field under its input
  const [ownError, setOwnError] = useState<{ field: string; message: string } | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);
  const refused = useFieldErrors(refusal, placeOf);
  const set = (k: keyof typeof v, value: string) => setV((x) => ({ ...x, [k]: value }));
  const errorOf = (f: string) => (ownError?.field === f ? ownError.message : (refused.byPlace[f] ?? null));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setOwnError(null);
    setRefusal(null);
    if (v.validFrom && v.validTo && v.validTo < v.validFrom)
      return setOwnError({ field: 'validTo', message: '有效期截止日期不能早于开始日期' });
    try {
      await submitCert({
        variables: { input: { productId, ...v, batch: v.batch.trim() || null, evidenceImageUrl: v.evidenceImageUrl || null } },
      });
      setV(EMPTY);
    } catch (err) {
      setRefusal(err);
    }
  }

  const state = (c: Cert) =>
    c.current
      ? L('certVerified')
      : c.rejectedReason
        ? L('certRejected') + c.rejectedReason
        : c.verifiedAt
          ? L('certExpired')
          : L('certPending');

  return (
    <section className="yg-card sp-card" data-testid="certifications">
      <h2 className="sp-card__title">{L('certificates')}</h2>
      <ul className="sp-certs">
        {certs.map((c) => (
          <li key={c.id}>
            <strong>{c.certificateNo}</strong> · {c.issuedBy} · {c.validFrom} ~ {c.validTo} ·{' '}
            <span data-testid="cert-state">{state(c)}</span>
          </li>
        ))}
      </ul>
      <form className="sp-form" onSubmit={submit} noValidate>
        <FormError message={refused.rest} />
        <TextField
          label={L('certificateNo')}
          name="certificateNo"
          value={v.certificateNo}
          onChange={(e) => set('certificateNo', e.target.value)}
          error={errorOf('certificateNo')}
        />
        <TextField
          label={L('issuedBy')}
          name="issuedBy"
          value={v.issuedBy}
          onChange={(e) => set('issuedBy', e.target.value)}
          error={errorOf('issuedBy')}
        />
        <TextField
          label={L('batch')}
          name="batch"
          value={v.batch}
          onChange={(e) => set('batch', e.target.value)}
          error={errorOf('batch')}
        />
        <TextField
          label={L('validFrom')}
          name="validFrom"
          type="date"
          value={v.validFrom}
          onChange={(e) => set('validFrom', e.target.value)}
          error={errorOf('validFrom')}
        />
        <TextField
          label={L('validTo')}
          name="validTo"
          type="date"
          value={v.validTo}
          onChange={(e) => set('validTo', e.target.value)}
          error={errorOf('validTo')}
        />
        <div className="yg-field">
          <span className="yg-field__label">{L('evidence')}</span>
          <ImageUpload testId="cert-upload" onUploaded={(img) => set('evidenceImageUrl', img.url)} />
          {v.evidenceImageUrl && <img className="sp-thumb" src={v.evidenceImageUrl} alt={L('evidence')} />}
          {errorOf('evidenceImageUrl') && <span className="sp-error">{errorOf('evidenceImageUrl')}</span>}
        </div>
        <button type="submit" className="yg-button" disabled={loading}>
          {L('submitCert')}
        </button>
      </form>
    </section>
  );
}
