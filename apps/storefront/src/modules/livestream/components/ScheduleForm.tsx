import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { SCHEDULE_LIVE_SESSION } from '../graphql/live.documents';
import type { LiveSessionKind } from '../../../generated/graphql';
import { CountySelect } from '../../app/components/CountySelect';
import { REGION_NAME_QUERY } from '../../app/graphql/region.documents';
import { CoverPicker } from './CoverPicker';
import '../livestream.css';
import { fromShanghaiDateTime } from '@yigou/shared/time';
import { InlineError } from '@yigou/web/ui';

/** Hosts and county admins schedule a session, then run it from its room. */
export function ScheduleForm({ defaultCounty }: { defaultCounty: string }) {
  const t = useT();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [county, setCounty] = useState(defaultCounty);
  // the preview's county name (cache-first: the picker asked for it already)
  const countyName = useQuery(REGION_NAME_QUERY, { variables: { code: county }, skip: !county }).data?.region?.name ?? '';
  const [title, setTitle] = useState('');
  const [coverUrl, setCoverUrl] = useState<string | null>(null);
  const [schedule, { loading }] = useMutation(SCHEDULE_LIVE_SESSION);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '').trim() || null;
    setError(null);
    try {
      const r = await schedule({
        variables: {
          input: {
            title: text('title') ?? '',
            hostName: text('hostName') ?? '',
            hostTitle: text('hostTitle'),
            kind: (text('kind') as LiveSessionKind | null) ?? 'sales',
            countyCode: county,
            startsAt: (text('startsAt') ? fromShanghaiDateTime(text('startsAt') as string) : new Date()).toISOString(),
            coverUrl,
            streamUrl: text('streamUrl'),
            externalRoomUrl: text('externalRoomUrl'),
          },
        },
      });
      const id = r.data?.scheduleLiveSession.id;
      if (id) navigate(`/live/${id}`);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <form className="live-schedule yg-card" onSubmit={(e) => void submit(e)} data-testid="schedule-form">
      <h2>{t('live.schedule.title')}</h2>
      <label>
        {t('live.schedule.name')}
        <input name="title" required minLength={2} maxLength={60} value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('live.schedule.hostName')}
        <input name="hostName" required maxLength={20} />
      </label>
      <label>
        {t('live.schedule.hostTitle')}
        <input name="hostTitle" maxLength={30} />
      </label>
      <label>
        {t('live.schedule.kind')}
        <select name="kind" defaultValue="sales">
          <option value="sales">{t('live.kind.sales')}</option>
          <option value="tourism">{t('live.kind.tourism')}</option>
        </select>
      </label>
      <CountySelect value={county} onChange={setCounty} label={t('live.schedule.county')} />
      <label>
        {t('live.schedule.startsAt')}
        <input name="startsAt" type="datetime-local" required />
      </label>
      <CoverPicker value={coverUrl} onChange={setCoverUrl} title={title} countyName={countyName} />
      <label>
        {t('live.schedule.stream')}
        <input name="streamUrl" type="url" />
      </label>
      <label>
        {t('live.schedule.external')}
        <input name="externalRoomUrl" type="url" />
      </label>
      <p className="live-muted">{t('live.schedule.linkLater')}</p>
      <button type="submit" className="yg-button yg-button--primary" disabled={loading || !county} data-testid="schedule-submit">
        {t('live.schedule.submit')}
      </button>
      <InlineError className="live-error" testId="schedule-error" message={error} />
    </form>
  );
}
