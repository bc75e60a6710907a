import { TextField } from '@yigou/web/ui';
import type { InvoiceDraft } from '../utils/invoice-files';
import '../invoices.css';

/** 普票 / 专票 and the fields each needs: a 专票 also prints the unit's bank, account, address and phone. */
export function InvoiceFields({ value, onChange }: { value: InvoiceDraft; onChange: (d: InvoiceDraft) => void }) {
  const set = (k: keyof InvoiceDraft) => (e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...value, [k]: e.target.value });
  return (
    <div className="invoice-fields">
      <div className="chips" role="radiogroup" aria-label="发票类型">
        {(['normal', 'special'] as const).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name="invoiceKind" value={k} checked={value.kind === k} onChange={() => onChange({ ...value, kind: k })} data-testid={`invoice-kind-${k}`} />{' '}
            {k === 'normal' ? '增值税普通发票（普票）' : '增值税专用发票（专票）'}
          </label>
        ))}
      </div>
      <div className="address-form">
        <TextField label="发票抬头" name="invoiceTitle" value={value.title} onChange={set('title')} />
        <TextField label={value.kind === 'special' ? '纳税人识别号' : '纳税人识别号（单位必填）'} name="taxNo" value={value.taxNo} onChange={set('taxNo')} />
        {value.kind === 'special' && (
          <>
            <TextField label="开户银行" name="bankName" value={value.bankName} onChange={set('bankName')} />
            <TextField label="银行账号" name="bankAccount" inputMode="numeric" value={value.bankAccount} onChange={set('bankAccount')} />
            <TextField label="单位注册地址" name="invoiceAddress" value={value.address} onChange={set('address')} />
            <TextField label="单位注册电话" name="invoicePhone" value={value.phone} onChange={set('phone')} />
          </>
        )}
      </div>
    </div>
  );
}
