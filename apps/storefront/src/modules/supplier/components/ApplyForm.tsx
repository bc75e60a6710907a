import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { FormError, SelectField, TextAreaField, TextField } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { ENTERPRISE_LEVEL_LABELS, ENTERPRISE_LEVELS, SUPPLIER_KIND_LABELS, SUPPLIER_KINDS } from '@yigou/shared/domain';
import { useSpreadRefusal } from '../../errors/hooks/useFieldErrors';
import { APPLY_AS_SUPPLIER, COUNTIES_QUERY, MY_SUPPLIERS_QUERY } from '../graphql/supplier.documents';
import { useL } from '../utils/labels';
import { applicationInput, EMPTY_APPLICATION, type SupplierApplication, validateApplication } from '../utils/supplier-application';
import { ImageUpload } from './ImageUpload';

/** A refused field's place: its own input (the form has one for each field of the application). */
const placeOf = (field: string): string | null => (field in EMPTY_APPLICATION ? field : null);

export function ApplyForm({ onDone }: { onDone: () => void }) {
  const L = useL();
  const { pick } = useI18n();
  const spreadRefusal = useSpreadRefusal(placeOf);
  const { data: counties } = useQuery(COUNTIES_QUERY);
  const [apply, { loading }] = useMutation(APPLY_AS_SUPPLIER, { refetchQueries: [MY_SUPPLIERS_QUERY] });
  const [v, setV] = useState<SupplierApplication>(EMPTY_APPLICATION);
  const [errors, setErrors] = useState<Partial<Record<keyof SupplierApplication, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = (k: keyof SupplierApplication, value: string) => {
    setV((x) => ({ ...x, [k]: value }));
    setErrors((x) => ({ ...x, [k]: undefined }));
  };
  /** A select's or textarea's own props: its name, value, change and error (SelectField's and TextAreaField's wiring). */
  const own = (k: keyof SupplierApplication) => ({
    name: k,
    value: v[k],
    error: errors[k] ?? null,
    onChange: (e: React.ChangeEvent<HTMLSelectElement | HTMLTextAreaElement>) => set(k, e.target.value),
  });
  const field = (k: keyof SupplierApplication, label: string, extra: Partial<React.InputHTMLAttributes<HTMLInputElement>> = {}) => (
    <TextField label={label} name={k} value={v[k]} onChange={(e) => set(k, e.target.value)} error={errors[k] ?? null} {...extra} />
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    setFormError(null);
    const problems = validateApplication(v);
    setErrors(problems);
    if (Object.values(problems).some(Boolean)) return;
    try {
      await apply({
        variables: {
          input: applicationInput(v),
        },
      });
      onDone();
    } catch (err) {
      // every field the server refused under its own input at once (too long a name and bank name, say)
      const { byPlace, rest } = spreadRefusal(err);
      setErrors(byPlace);
      setFormError(rest);
    }
  }

  return (
    <form className="sp-form" onSubmit={submit} noValidate aria-label={L('apply')}>
      <FormError message={formError} />
      {field('name', L('name'))}
      <SelectField label={L('kind')} {...own('kind')}>
        <option value="">{L('choose')}</option>
        {SUPPLIER_KINDS.map((k) => (
          <option key={k} value={k}>
            {pick(SUPPLIER_KIND_LABELS[k])}
          </option>
        ))}
      </SelectField>
      {v.kind === 'leading_enterprise' && (
        <SelectField label={L('level')} {...own('enterpriseLevel')}>
          <option value="">{L('choose')}</option>
          {ENTERPRISE_LEVELS.map((l) => (
            <option key={l} value={l}>
              {pick(ENTERPRISE_LEVEL_LABELS[l])}
            </option>
          ))}
        </SelectField>
      )}
      {field('creditCode', L('creditCode'), { maxLength: 18, autoCapitalize: 'characters' })}
      <SelectField label={L('county')} {...own('countyCode')}>
        <option value="">{L('choose')}</option>
        {counties?.counties.map((c) => (
          <option key={c.code} value={c.code}>
            {c.fullName}
          </option>
        ))}
      </SelectField>
      {field('villageCode', L('village'))}
      {field('contactName', L('contactName'))}
      {field('contactPhone', L('contactPhone'), { inputMode: 'tel' })}
      {field('bankAccountName', L('bankAccountName'))}
      {field('bankName', L('bankName'))}
      {field('bankAccountNo', L('bankAccountNo'), { inputMode: 'numeric' })}
      <div className="yg-field">
        <span className="yg-field__label">{L('license')}</span>
        <ImageUpload testId="license-upload" onUploaded={(img) => set('licenseImageUrl', img.url)} />
        {v.licenseImageUrl && <img className="sp-thumb" src={v.licenseImageUrl} alt={L('license')} data-testid="license-preview" />}
        {errors.licenseImageUrl && (
          <span className="sp-error" role="alert">
            {errors.licenseImageUrl}
          </span>
        )}
      </div>
      <TextAreaField label={L('benefit')} rows={3} placeholder={L('benefitHint')} {...own('benefitDescription')} />
      <TextAreaField label={L('story')} rows={3} {...own('story')} />
      <button type="submit" className="yg-button yg-button--lg" disabled={loading}>
        {loading ? L('submitting') : L('submit')}
      </button>
    </form>
  );
}
