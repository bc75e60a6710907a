import { Link } from 'react-router-dom';
import { LEGAL_DOCUMENTS } from '@yigou/shared/domain';
import { useS } from '../utils/sms-labels';
import './sms.css';
import { InlineError } from '@yigou/web/ui';

/** What every registration sends once the box is ticked: consent to the current agreement and privacy policy. */
export const CONSENT_GIVEN = {
  acceptAgreement: true,
  agreementVersion: LEGAL_DOCUMENTS.user_agreement.version,
  privacyVersion: LEGAL_DOCUMENTS.privacy_policy.version,
} as const;

/** 我已阅读并同意《用户服务协议》和《个人信息保护政策》 (PIPL), each opening in a new tab, with its error below. */
export function ConsentCheckbox({
  checked,
  onChange,
  error,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | null;
}) {
  const S = useS();
  return (
    <>
      <label className="sms-agree">
        <input type="checkbox" name="acceptAgreement" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>
          {S('agreeBefore')}
          <Link to="/legal/agreement" target="_blank">
            {S('agreement')}
          </Link>
          {S('and')}
          <Link to="/legal/privacy" target="_blank">
            {S('privacy')}
          </Link>
        </span>
      </label>
      <InlineError className="sms-agree__error" message={error} />
    </>
  );
}
