import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useToast, InlineError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { UPDATE_LIVE_COVER } from '../graphql/live.documents';
import { CoverPicker } from './CoverPicker';
import type { LiveRoom } from '../hooks/useLiveRoom';
import '../livestream.css';

/** The session's cover, changed in the console any time: saved as soon as it is uploaded or removed. */
export function SessionCover({ room }: { room: LiveRoom }) {
  const t = useT();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const [save, { loading }] = useMutation(UPDATE_LIVE_COVER);
  const [error, setError] = useState<string | null>(null);
  const change = async (coverUrl: string | null) => {
    setError(null);
    try {
      await save({ variables: { id: room.id, coverUrl } });
      toast(t('live.cover.saved'));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <div className="live-host__cover">
      <CoverPicker
        value={room.coverUrl ?? null}
        onChange={(url) => void change(url)}
        title={room.title}
        countyName={room.countyName}
        busy={loading}
      />
      <InlineError className="live-error" message={error} />
    </div>
  );
}
