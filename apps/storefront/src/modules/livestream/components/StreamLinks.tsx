import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { TextField, useToast, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { UPDATE_LIVE_SESSION_LINKS } from '../graphql/live.documents';
import type { LiveRoom } from '../hooks/useLiveRoom';
import '../livestream.css';

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** The two links a host may give, each with its label: HLS played in our room, or a room on another platform. */
const LINKS = [
  { name: 'streamUrl', label: 'live.schedule.stream' },
  { name: 'externalRoomUrl', label: 'live.schedule.external' },
] as const;
type Links = Record<(typeof LINKS)[number]['name'], string>;

/** The host adds or changes the HLS stream URL or the external room link, before or during the show. */
export function StreamLinks({ room, onSaved }: { room: LiveRoom; onSaved: () => void }) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [links, setLinks] = useState<Links>({ streamUrl: room.streamUrl ?? '', externalRoomUrl: room.externalRoomUrl ?? '' });
  const [errors, setErrors] = useState<Partial<Links>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UPDATE_LIVE_SESSION_LINKS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Links> = {};
    for (const { name } of LINKS) if (links[name].trim() && !URL_PATTERN.test(links[name].trim())) found[name] = t('live.host.badUrl');
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length) return;
    try {
      await save({
        variables: {
          id: room.id,
          input: { streamUrl: links.streamUrl.trim() || null, externalRoomUrl: links.externalRoomUrl.trim() || null },
        },
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
      {LINKS.map(({ name, label }) => (
        <TextField
          key={name}
          name={name}
          type="url"
          label={t(label)}
          value={links[name]}
          error={errors[name]}
          onChange={(e) => setLinks({ ...links, [name]: e.target.value })}
        />
      ))}
      <button type="submit" className="yg-button" disabled={loading} data-testid="save-links">
        {t('live.host.saveLinks')}
      </button>
      <InlineError className="live-error" message={serverError} />
    </form>
  );
}
