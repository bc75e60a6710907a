import { TextField } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
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

/** A refusal (placeOrder's or requestInvoice's) of one invoice field, for InvoiceFields' `error`; null for any other error. */
export function useInvoiceRefusal(error: unknown): { field: InvoiceField; message: string } | null {
  const errorMessage = useErrorMessage();
  const field = error ? invoiceFieldOf(describeError(error).field) : null;
  return field && { field, message: errorMessage(error) };
}

/**
 * 普票 / 专票 and the fields each needs: a 专票 also prints the unit's bank, account, address and phone. `error`: the
 * server's refusal of one field, shown under that field.
 */
export function InvoiceFields({
  value,
  onChange,
  error = null,
}: {
  value: InvoiceDraft;
  onChange: (d: InvoiceDraft) => void;
  error?: { field: InvoiceField; message: string } | null;
}) {
  const I = useInvoiceT();
  const set = (k: keyof InvoiceDraft) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [k]: e.target.value });
  const errorOf = (k: InvoiceField) => (error?.field === k ? error.message : undefined);
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
