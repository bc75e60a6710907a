import { TextField } from '@yigou/web/ui';
import { type FieldErrors, useFieldErrors } from '../../errors/hooks/useFieldErrors';
import { invoiceFieldOf, type InvoiceDraft, type InvoiceField } from '../utils/invoice-files';
import { useInvoiceT } from '../utils/invoice-labels';
import '../invoices.css';
import '../../orders/orders.css';

/** What a 专票 also prints: the field and its input's name. */
const SPECIAL_FIELDS = [
  ['bankName', 'bankName'],
  ['bankAccount', 'bankAccount'],
  ['address', 'invoiceAddress'],
  ['phone', 'invoicePhone'],
] as const;

const noPlace = (): null => null;

/**
 * A refusal (placeOrder's or requestInvoice's) spread over the invoice form: `byPlace` (for InvoiceFields' `errors`) has
 * every refused invoice field's message, `rest` what the caller says below the form (an error naming no invoice field),
 * null when every refused field has its place. With `shown` false (no invoice asked for) everything is `rest`.
 */
export function useInvoiceRefusal(error: unknown, shown = true): FieldErrors {
  return useFieldErrors(error, shown ? invoiceFieldOf : noPlace);
}

/**
 * 普票 / 专票 and the fields each needs: a 专票 also prints the unit's bank, account, address and phone. `errors`: the
 * server's refusal, each refused field's message under that field (`useInvoiceRefusal(…).byPlace`).
 */
export function InvoiceFields({
  value,
  onChange,
  errors = {},
}: {
  value: InvoiceDraft;
  onChange: (d: InvoiceDraft) => void;
  errors?: Readonly<Partial<Record<string, string>>>;
}) {
  const I = useInvoiceT();
  const set = (k: keyof InvoiceDraft) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [k]: e.target.value });
  const errorOf = (k: InvoiceField) => errors[k];
  return (
    <div className="invoice-fields">
      <div className="chips" role="radiogroup" aria-label={I('kindGroup')}>
        {(['normal', 'special'] as const).map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="invoiceKind"
              value={k}
              checked={value.kind === k}
              onChange={() => onChange({ ...value, kind: k })}
              data-testid={`invoice-kind-${k}`}
            />{' '}
            {k === 'normal' ? I('kindNormalLong') : I('kindSpecialLong')}
          </label>
        ))}
      </div>
      <div className="address-form">
        <TextField label={I('title')} name="invoiceTitle" error={errorOf('title')} value={value.title} onChange={set('title')} />
        <TextField
          label={value.kind === 'special' ? I('taxNo') : I('taxNoForUnits')}
          name="taxNo"
          error={errorOf('taxNo')}
          value={value.taxNo}
          onChange={set('taxNo')}
        />
        {value.kind === 'special' &&
          SPECIAL_FIELDS.map(([k, name]) => (
            <TextField
              key={k}
              label={I(k)}
              name={name}
              error={errorOf(k)}
              inputMode={k === 'bankAccount' ? 'numeric' : undefined}
              value={value[k]}
              onChange={set(k)}
            />
          ))}
      </div>
    </div>
  );
}
