import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useToast, InlineError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { END_LIVE_SESSION, START_LIVE_SESSION } from '../graphql/live.documents';
import { OfferRequestList } from './OfferRequestList';
import { PinForm } from './PinForm';
import { RunOfShow } from './RunOfShow';
import { SessionCover } from './SessionCover';
import { StreamLinks } from './StreamLinks';
import type { LiveRoom } from '../hooks/useLiveRoom';
import '../livestream.css';

/** Go live, ask suppliers for live terms and pin the products they agreed to, end with a replay URL. */
export function HostPanel({
  room,
  onChanged,
  currentOfferId,
  pinnedOf,
}: {
  room: LiveRoom;
  onChanged: () => void;
  currentOfferId: string | null;
  pinnedOf: (skuId: string) => boolean;
}) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [replayUrl, setReplayUrl] = useState('');
  const [asked, setAsked] = useState(0);
  const [start, starting] = useMutation(START_LIVE_SESSION);
  const [end, ending] = useMutation(END_LIVE_SESSION);
  const toast = useToast();
  const hasLink = !!(room.streamUrl || room.externalRoomUrl);
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      toast(done);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section className="live-host yg-card" data-testid="host-panel">
      <h2>{t('live.host.panel')}</h2>
      <RunOfShow room={room} currentOfferId={currentOfferId} pinnedOf={pinnedOf} />
      {room.status !== 'ended' && <StreamLinks room={room} onSaved={onChanged} />}
      <SessionCover room={room} />
      <div className="live-host__row">
        {room.status === 'scheduled' && (
          <button
            type="button"
            className="yg-button yg-button--primary"
            data-testid="host-start"
            disabled={starting.loading || !hasLink}
            aria-describedby={hasLink ? undefined : 'host-start-hint'}
            onClick={() => void run(() => start({ variables: { id: room.id } }), t('live.host.started'))}
          >
            {t('live.host.start')}
          </button>
        )}
        {room.status === 'scheduled' && !hasLink && (
          <span className="live-muted" id="host-start-hint" data-testid="host-start-hint">
            {t('live.host.needLink')}
          </span>
        )}
        {room.status !== 'ended' && (
          <>
            <input
              value={replayUrl}
              onChange={(e) => setReplayUrl(e.target.value)}
              placeholder={t('live.host.replayUrl')}
              aria-label={t('live.host.replayUrl')}
            />
            <button
              type="button"
              className="yg-button"
              data-testid="host-end"
              disabled={ending.loading}
              onClick={() => void run(() => end({ variables: { id: room.id, replayUrl: replayUrl.trim() || null } }), t('live.host.ended'))}
            >
              {t('live.host.end')}
            </button>
          </>
        )}
      </div>
      <InlineError className="live-error" testId="host-error" message={error} />
      {room.status !== 'ended' && (
        <PinForm
          sessionId={room.id}
          onPinned={() => {
            onChanged();
            setAsked((n) => n + 1);
          }}
          onAsked={() => setAsked((n) => n + 1)}
        />
      )}
      <OfferRequestList sessionId={room.id} version={asked} />
    </section>
  );
}
