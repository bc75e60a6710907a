import { useT } from '@yigou/web/i18n';
import '../unit.css';
import { useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { JoinCodeForm } from '../components/JoinCodeForm';
import { JoinUnitPanel } from '../components/JoinUnitPanel';
import { JoinByRequest } from '../components/MyJoinRequests';
import { isPlausibleCode, normalizeCode } from '../utils/unit-scope';

/**
 * /join-unit?code=…: the invitation link's target, and a form to type a code; without a code,
 * also a search for the unit to ask to join and the person's own requests. Rendered inside <RequireAuth>.
 */
export function JoinUnitPage() {
  const t = useT();
  useDocumentTitle(t('unit.joinTitle'));
  const [params, setParams] = useSearchParams();
  const raw = params.get('code') ?? '';
  const code = normalizeCode(raw);
  const show = isPlausibleCode(code);

  return (
    <div className="yg-desk yg-desk--narrow">
      <h1>{t('unit.joinTitle')}</h1>
      <p className="muted">{t('unit.joinLead')}</p>
      {show ? (
        <JoinUnitPanel key={code} code={code} onOtherCode={() => setParams({})} />
      ) : (
        <section className="yg-card un-card">
          {raw && (
            <p className="un-notice un-notice--error" role="alert" data-testid="join-bad-code">
              {t('unit.badCode')}
            </p>
          )}
          <JoinCodeForm onSubmit={(c) => setParams({ code: c })} />
        </section>
      )}
      {!show && <JoinByRequest />}
    </div>
  );
}
