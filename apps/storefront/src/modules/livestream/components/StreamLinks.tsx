import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextField, useToast, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { UPDATE_LIVE_SESSION_LINKS } from '../graphql/live.documents';
import type { LiveRoom } from '../hooks/useLiveRoom';
import '../livestream.css';

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** The host adds or changes the HLS stream URL or the external room link, before or during the show. */
export function StreamLinks({ room, onSaved }: { room: LiveRoom; onSaved: () => void }) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [streamUrl, setStreamUrl] = useState(room.streamUrl ?? '');
  const [externalRoomUrl, setExternal] = useState(room.externalRoomUrl ?? '');
  const [errors, setErrors] = useState<{ streamUrl?: string; externalRoomUrl?: string }>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UPDATE_LIVE_SESSION_LINKS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: typeof errors = {};
    if (streamUrl.trim() && !URL_PATTERN.test(streamUrl.trim())) found.streamUrl = t('live.host.badUrl');
    if (externalRoomUrl.trim() && !URL_PATTERN.test(externalRoomUrl.trim())) found.externalRoomUrl = t('live.host.badUrl');
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length) return;
    try {
      await save({
        variables: { id: room.id, input: { streamUrl: streamUrl.trim() || null, externalRoomUrl: externalRoomUrl.trim() || null } },
      });
      toast(t('live.host.linksSaved'));
      onSaved();
    } catch (err) {
      setServerError(errorMessage(err));
    }
  };

  return (
    <form className="live-links" data-testid="stream-links" noValidate onSubmit={(e) => void submit(e)}>
      <h3>{t('live.host.links')}</h3>
      <p className="live-muted">{t('live.host.linksHint')}</p>
      <TextField
        name="streamUrl"
        type="url"
        label={t('live.schedule.stream')}
        value={streamUrl}
        error={errors.streamUrl}
        onChange={(e) => setStreamUrl(e.target.value)}
      />
      <TextField
        name="externalRoomUrl"
        type="url"
        label={t('live.schedule.external')}
        value={externalRoomUrl}
        error={errors.externalRoomUrl}
        onChange={(e) => setExternal(e.target.value)}
      />
      <button type="submit" className="yg-button" disabled={loading} data-testid="save-links">
        {t('live.host.saveLinks')}
      </button>
      <InlineError className="live-error" message={serverError} />
    </form>
  );
}
