import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { ORDER_DETAIL_QUERY, RATE_ORDER } from '../graphql/orders.documents';
import '../../catalog/ratings.css';
import { InlineError, TextAreaField } from '@yigou/web/ui';

/** 评价: choose 1–5 stars; the words are optional (a buyer may rate with stars only). */
export function RateOrderForm({ orderId }: { orderId: string }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const [rating, setRating] = useState(5);
  const [comment, setComment] = useState('');
  const [rate, { loading, error }] = useMutation(RATE_ORDER, { refetchQueries: [ORDER_DETAIL_QUERY] });

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const words = comment.trim();
    void rate({ variables: { input: { orderId, rating, ...(words ? { comment: words } : {}) } } }).catch(() => null);
  }

  return (
    <form className="rate-form yg-card" onSubmit={submit} data-testid="rate-form">
      <fieldset className="rate-form__stars">
        <legend>{t('rating.pick')}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label key={n} className={`rate-form__star${n <= rating ? ' is-on' : ''}`}>
            <input
              type="radio"
              name="rating"
              value={n}
              checked={rating === n}
              onChange={() => setRating(n)}
              aria-label={t('rating.stars', { n })}
            />
            <span aria-hidden="true">★</span>
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('rating.comment')}
        rows={2}
        maxLength={500}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        data-testid="rate-comment"
      />
      <button type="submit" className="yg-button" disabled={loading} data-testid="rate-order">
        {t('rating.submit')}
      </button>
      <InlineError className="form-error" message={error && errorMessage(error)} />
    </form>
  );
}
