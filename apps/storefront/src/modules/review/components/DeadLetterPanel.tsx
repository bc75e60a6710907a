import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useL } from '../../supplier/utils/labels';
import { DEAD_LETTERS_QUERY, RETRY_DEAD_LETTER } from '../graphql/dead-letters.documents';

/** Platform admins: order events a consumer (quota, attribution, live) could not handle, and a retry for each. */
export function DeadLetterPanel() {
  const L = useL();
  const errorMessage = useErrorMessage();
  const { data } = useQuery(DEAD_LETTERS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [retry, { loading }] = useMutation(RETRY_DEAD_LETTER, { refetchQueries: [DEAD_LETTERS_QUERY] });
  const [note, setNote] = useState<string | null>(null);
  const items = data?.eventDeadLetters ?? [];

  async function onRetry(consumer: string, eventId: string) {
    setNote(null);
    try {
      const r = await retry({ variables: { consumer, eventId } });
      setNote(r.data?.retryDeadLetterEvent.delivered ? L('deadLetterDelivered') : L('deadLetterStillFailing'));
    } catch (e) {
      setNote(errorMessage(e));
    }
  }

  return (
    <section className="yg-card sp-card" data-testid="dead-letters">
      <h2 className="sp-card__title">{L('deadLetters')}</h2>
      {note && <p role="status">{note}</p>}
      {items.length === 0 && <p className="muted">{L('emptyDeadLetters')}</p>}
      <ul className="sp-certs">
        {items.map((d) => (
          <li key={`${d.consumer}:${d.eventId}`}>
            <strong>{d.orderNo ?? d.eventId}</strong> · {d.eventType} · {d.consumer} ·{' '}
            {d.parkedAt ? L('deadLetterParked') : L('deadLetterRetrying')} · {d.attempts} × ·{' '}
            {d.waitingBehind > 0 && `${L('deadLetterWaiting')} ${d.waitingBehind} · `}
            <code>{d.lastError.split('\n')[0]}</code>
            <div className="sp-decide">
              <button type="button" className="yg-button" disabled={loading} onClick={() => void onRetry(d.consumer, d.eventId)}>
                {L('deadLetterRetry')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
