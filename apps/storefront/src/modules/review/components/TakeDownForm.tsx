import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextField } from '@yigou/web/ui';
import { uuidIn } from '@yigou/shared/validation';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { SET_PRODUCT_STATUS } from '../../supplier/graphql/supplier.documents';
import { useL } from '../../supplier/utils/labels';

/** Platform admins take a product off the shelves with a reason (a product link or id). */
export function TakeDownForm() {
  const L = useL();
  const errorMessage = useErrorMessage();
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [run, { loading }] = useMutation(SET_PRODUCT_STATUS);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const id = uuidIn(target);
    if (!id) return setMessage({ ok: false, text: '请粘贴商品链接或编号' });
    if (!reason.trim()) return setMessage({ ok: false, text: '请填写下架理由' });
    try {
      await run({ variables: { input: { productId: id, status: 'off_sale', reason: reason.trim() } } });
      setMessage({ ok: true, text: '已下架' });
      setTarget('');
      setReason('');
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    }
  }

  return (
    <section className="yg-card sp-card">
      <h2 className="sp-card__title">{L('takeDown')}</h2>
      <form className="sp-form" onSubmit={submit} noValidate>
        <TextField label={L('productId')} name="productId" value={target} onChange={(e) => setTarget(e.target.value)} />
        <TextField label={L('reasonPrompt')} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        {message && <p className={message.ok ? 'muted' : 'sp-error'}>{message.text}</p>}
        <button type="submit" className="yg-button yg-button--secondary" disabled={loading}>
          {L('takeOff')}
        </button>
      </form>
    </section>
  );
}
