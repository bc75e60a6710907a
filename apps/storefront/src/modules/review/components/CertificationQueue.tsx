import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useL } from '../../supplier/utils/labels';
import { CERT_QUEUE_QUERY, REJECT_CERTIFICATION, VERIFY_CERTIFICATION } from '../graphql/review.documents';
import { InlineError } from '@yigou/web/ui';

export function CertificationQueue() {
  const L = useL();
  const errorMessage = useErrorMessage();
  const { data } = useQuery(CERT_QUEUE_QUERY, { fetchPolicy: 'cache-and-network' });
  const [verify] = useMutation(VERIFY_CERTIFICATION, { refetchQueries: [CERT_QUEUE_QUERY] });
  const [reject] = useMutation(REJECT_CERTIFICATION, { refetchQueries: [CERT_QUEUE_QUERY] });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const items = data?.certificationReviewQueue ?? [];

  async function act(fn: () => Promise<unknown>) {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="yg-card sp-card" data-testid="cert-queue">
      <h2 className="sp-card__title">{L('certQueue')}</h2>
      <InlineError className="sp-error" message={error} />
      {items.length === 0 && <p className="muted">{L('emptyQueue')}</p>}
      <ul className="sp-certs">
        {items.map((c) => (
          <li key={c.id}>
            <strong>{c.product?.name}</strong> · {c.certificateNo} · {c.issuedBy} · {c.validFrom} ~ {c.validTo}
            {c.evidenceImageUrl && (
              <a href={c.evidenceImageUrl} target="_blank" rel="noreferrer">
                {' '}
                {L('evidence')}
              </a>
            )}
            <div className="sp-decide">
              <button
                type="button"
                className="yg-button"
                onClick={() => void act(() => verify({ variables: { input: { certificationId: c.id } } }))}
              >
                {L('verify')}
              </button>
              <input
                className="yg-input"
                placeholder={L('reasonPrompt')}
                value={reasons[c.id] ?? ''}
                onChange={(e) => setReasons((r) => ({ ...r, [c.id]: e.target.value }))}
              />
              <button
                type="button"
                className="yg-button yg-button--secondary"
                onClick={() =>
                  void act(() => reject({ variables: { input: { certificationId: c.id, reason: reasons[c.id]?.trim() || null } } }))
                }
              >
                {L('reject')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
