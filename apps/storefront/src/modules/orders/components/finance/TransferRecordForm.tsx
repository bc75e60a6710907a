import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextField, useToast, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../../errors/hooks/useErrorMessage';
import { FINANCE_DESK_QUERIES, PAYMENT_CHECKS_QUERY, RECORD_TRANSFER } from '../../graphql/finance.documents';
import { yuanInputToFen } from '../../utils/order-labels';

type Fields = 'bankTxnNo' | 'payerName' | 'amount' | 'memo';
const EMPTY: Record<Fields, string> = { bankTxnNo: '', payerName: '', amount: '', memo: '' };

/** 登记转账: one incoming transfer typed from the bank's notice; each field labelled and checked before sending. */
export function TransferRecordForm() {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Fields, string>>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_TRANSFER, { refetchQueries: [...FINANCE_DESK_QUERIES, PAYMENT_CHECKS_QUERY] });

  const check = (): Partial<Record<Fields, string>> => {
    const e: Partial<Record<Fields, string>> = {};
    if (!form.bankTxnNo.trim()) e.bankTxnNo = t('finance.error.txnNo');
    if (!form.payerName.trim()) e.payerName = t('finance.error.payer');
    const fen = yuanInputToFen(form.amount);
    if (fen === null || fen <= 0) e.amount = t('finance.error.amount');
    return e;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length) return;
    try {
      const r = await record({
        variables: {
          input: {
            bankTxnNo: form.bankTxnNo.trim(),
            payerName: form.payerName.trim(),
            amountFen: String(yuanInputToFen(form.amount)),
            memo: form.memo.trim() || null,
            receivedAt: new Date().toISOString(),
          },
        },
      });
      toast(t('finance.recorded', { txnNo: r.data?.recordBankTransfer.bankTxnNo ?? form.bankTxnNo.trim() }));
      setForm(EMPTY);
    } catch (err) {
      setServerError(errorMessage(err));
    }
  };

  const field = (name: Fields, label: string, extra: { inputMode?: 'decimal'; hint?: string; maxLength?: number } = {}) => (
    <TextField
      name={name}
      label={label}
      value={form[name]}
      error={errors[name]}
      hint={extra.hint}
      inputMode={extra.inputMode}
      maxLength={extra.maxLength}
      onChange={(e) => {
        setForm({ ...form, [name]: e.target.value });
        if (errors[name]) setErrors({ ...errors, [name]: undefined });
      }}
    />
  );

  return (
    <form className="finance-form" data-testid="record-transfer" noValidate onSubmit={(e) => void submit(e)}>
      {field('bankTxnNo', t('finance.txnNo'), { maxLength: 64 })}
      {field('payerName', t('finance.payer'), { maxLength: 100 })}
      {field('amount', t('finance.amount'), { inputMode: 'decimal', hint: t('finance.amountHint') })}
      {field('memo', t('finance.memo'), { maxLength: 200 })}
      <div className="finance-form__actions">
        <button type="submit" className="yg-button yg-button--primary" disabled={loading}>
          {t('finance.record')}
        </button>
      </div>
      <InlineError className="form-error" testId="record-error" message={serverError} />
    </form>
  );
}
