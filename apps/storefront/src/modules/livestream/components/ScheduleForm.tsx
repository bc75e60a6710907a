import { FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useFieldErrors } from '../../errors/hooks/useFieldErrors';
import { SCHEDULE_LIVE_SESSION } from '../graphql/live.documents';
import type { LiveSessionKind } from '../../../generated/graphql';
import { CountySelect } from '../../app/components/CountySelect';
import { REGION_NAME_QUERY } from '../../app/graphql/region.documents';
import { CoverPicker } from './CoverPicker';
import '../livestream.css';
import { fromShanghaiDateTime } from '@yigou/shared/time';
import { InlineError, SelectField, TextField } from '@yigou/web/ui';

/** The fields with a message line of their own; a refusal of any other (county, cover, kind) is said below the form. */
const OWN_LINE = ['title', 'hostName', 'hostTitle', 'startsAt', 'streamUrl', 'externalRoomUrl'];
const placeOf = (field: string): string | null => (OWN_LINE.includes(field) ? field : null);

/** Hosts and county admins schedule a session, then run it from its room. */
export function ScheduleForm({ defaultCounty }: { defaultCounty: string }) {
  const t = useT();
  const navigate = useNavigate();
  // the server's refusal: every refused field's message under its own input at once (an rtmp:// stream and room link, say)
  const [refusal, setRefusal] = useState<unknown>(null);
  const refused = useFieldErrors(refusal, placeOf);
  // a field with its own line: named by its label, its refusal beside it (TextField's), not inside the label
  const own = (name: string) => ({ name, error: refused.byPlace[name] });
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
    setRefusal(null);
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
      setRefusal(err);
    }
  };

  return (
    <form className="live-schedule yg-card" onSubmit={(e) => void submit(e)} data-testid="schedule-form">
      <h2>{t('live.schedule.title')}</h2>
      <TextField
        {...own('title')}
        label={t('live.schedule.name')}
        required
        minLength={2}
        maxLength={60}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextField {...own('hostName')} label={t('live.schedule.hostName')} required maxLength={20} />
      <TextField {...own('hostTitle')} label={t('live.schedule.hostTitle')} maxLength={30} />
      <SelectField label={t('live.schedule.kind')} name="kind" defaultValue="sales">
        <option value="sales">{t('live.kind.sales')}</option>
        <option value="tourism">{t('live.kind.tourism')}</option>
      </SelectField>
      <CountySelect value={county} onChange={setCounty} label={t('live.schedule.county')} />
      <TextField {...own('startsAt')} label={t('live.schedule.startsAt')} type="datetime-local" required />
      <CoverPicker value={coverUrl} onChange={setCoverUrl} title={title} countyName={countyName} />
      <TextField {...own('streamUrl')} label={t('live.schedule.stream')} type="url" />
      <TextField {...own('externalRoomUrl')} label={t('live.schedule.external')} type="url" />
      <p className="live-muted">{t('live.schedule.linkLater')}</p>
      <button type="submit" className="yg-button yg-button--primary" disabled={loading || !county} data-testid="schedule-submit">
        {t('live.schedule.submit')}
      </button>
      <InlineError className="live-error" testId="schedule-error" message={refused.rest} />
    </form>
  );
}
