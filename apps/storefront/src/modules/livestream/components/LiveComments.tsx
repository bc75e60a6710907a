import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { DELETE_LIVE_COMMENT, MUTE_LIVE_VIEWER, POST_LIVE_COMMENT } from '../graphql/live.documents';
import type { CommentLine } from '../utils/live-state';
import '../livestream.css';
import { InlineError } from '@yigou/web/ui';

export const COMMENT_MAX = 200;

/** Comments are plain text: rendered as React text nodes, never as HTML. */
export function LiveComments({
  sessionId,
  comments,
  canModerate,
  open,
}: {
  sessionId: string;
  comments: CommentLine[];
  canModerate: boolean;
  open: boolean;
}) {
  const t = useT();
  const { user } = useSession();
  const errorMessage = useErrorMessage();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [post, { loading }] = useMutation(POST_LIVE_COMMENT);
  const [remove] = useMutation(DELETE_LIVE_COMMENT);
  const [mute] = useMutation(MUTE_LIVE_VIEWER);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await post({ variables: { input: { sessionId, body } } });
      setBody('');
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <section className="live-comments yg-card">
      <h2>{t('live.comments')}</h2>
      <ul className="live-comments__list">
        {comments.map((c) => (
          <li key={c.id} data-testid="live-comment">
            <strong>{c.authorName}</strong>
            <span className="live-comments__body">{c.body}</span>
            {canModerate && (
              <span className="live-comments__tools">
                <button type="button" className="yg-link-button" onClick={() => void remove({ variables: { id: c.id } })}>
                  {t('live.delete')}
                </button>
                <button type="button" className="yg-link-button" onClick={() => void mute({ variables: { sessionId, userId: c.userId } })}>
                  {t('live.mute')}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {open &&
        (user ? (
          <form onSubmit={(e) => void submit(e)} className="live-comments__form">
            <input
              name="comment"
              value={body}
              maxLength={COMMENT_MAX}
              placeholder={t('live.commentPlaceholder')}
              onChange={(e) => setBody(e.target.value)}
              aria-label={t('live.comments')}
            />
            <button type="submit" className="yg-button" disabled={loading || !body.trim()}>
              {t('live.send')}
            </button>
          </form>
        ) : (
          <Link to={`/login?next=/live/${sessionId}`}>{t('live.commentSignIn')}</Link>
        ))}
      <InlineError className="live-error" testId="comment-error" message={error} />
    </section>
  );
}
