import { TextField } from '@yigou/web/ui';
import type { InvoiceDraft } from '../utils/invoice-files';
import { useInvoiceT } from '../utils/invoice-labels';
import '../invoices.css';
import '../../orders/orders.css';

/** 普票 / 专票 and the fields each needs: a 专票 also prints the unit's bank, account, address and phone. */
export function InvoiceFields({ value, onChange }: { value: InvoiceDraft; onChange: (d: InvoiceDraft) => void }) {
  const I = useInvoiceT();
  const set = (k: keyof InvoiceDraft) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [k]: e.target.value });
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
        <TextField label={I('title')} name="invoiceTitle" value={value.title} onChange={set('title')} />
        <TextField
          label={value.kind === 'special' ? I('taxNo') : I('taxNoForUnits')}
          name="taxNo"
          value={value.taxNo}
          onChange={set('taxNo')}
        />
        {value.kind === 'special' && (
          <>
            <TextField label={I('bankName')} name="bankName" value={value.bankName} onChange={set('bankName')} />
            <TextField
              label={I('bankAccount')}
              name="bankAccount"
              inputMode="numeric"
              value={value.bankAccount}
              onChange={set('bankAccount')}
            />
            <TextField label={I('address')} name="invoiceAddress" value={value.address} onChange={set('address')} />
            <TextField label={I('phone')} name="invoicePhone" value={value.phone} onChange={set('phone')} />
          </>
        )}
      </div>
    </div>
  );
}
