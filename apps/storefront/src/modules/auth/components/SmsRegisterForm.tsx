import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError, TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { REGISTER_BY_SMS_MUTATION } from '../graphql/sms.documents';
import { useSession } from '../hooks/session';
import { useSmsForm } from '../hooks/useSmsForm';
import { newPasswordProblem, phoneCodeProblems, useS } from '../utils/sms-labels';
import { ConsentCheckbox, CONSENT_GIVEN } from './ConsentCheckbox';
import { NewPasswordFields } from './NewPasswordFields';
import { PhoneCodeFields } from './PhoneCodeFields';
import { SubmitButton } from './SubmitButton';

type Field = 'phone' | 'code' | 'password' | 'displayName' | 'acceptAgreement';

/** 手机号注册: the phone is proven by a code; the agreement and privacy policy are accepted (their versions are sent). */
export function SmsRegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const S = useS();
  const t = useT();
  const { signIn } = useSession();
  const form = useSmsForm<{ phone: string; code: string; password: string; displayName: string }, Field>({
    phone: '',
    code: '',
    password: '',
    displayName: '',
  });
  const { v, errors, setErrors, update, send } = form;
  const [agree, setAgree] = useState(false);
  const [register, { loading }] = useMutation(REGISTER_BY_SMS_MUTATION);

  function submit(e: FormEvent) {
    e.preventDefault();
    const problems = {
      ...phoneCodeProblems(S, v),
      password: newPasswordProblem(S, v.password),
      displayName: v.displayName.trim() ? undefined : S('nameRequired'),
      acceptAgreement: agree ? undefined : S('agreeRequired'),
    };
    void send(
      problems,
      async () => {
        const { data } = await register({
          variables: {
            input: { phone: v.phone.trim(), code: v.code, password: v.password, displayName: v.displayName.trim(), ...CONSENT_GIVEN },
          },
        });
        if (data) {
          signIn(data.registerBySms);
          onSuccess();
        }
      },
      (d) =>
        d.code === 'INVALID_SMS_CODE'
          ? 'code'
          : d.code === 'ALREADY_REGISTERED'
            ? 'phone'
            : (['phone', 'code', 'password', 'displayName', 'acceptAgreement'] as Field[]).find((f) => f === d.field),
    );
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={S('tabRegisterPhone')}>
      <FormError message={errors.form} />
      <PhoneCodeFields purpose="register" form={form} />
      <NewPasswordFields label={t('auth.password')} name="password" {...form.field('password')} />
      <TextField
        label={t('auth.displayName')}
        name="displayName"
        autoComplete="nickname"
        maxLength={64}
        placeholder={t('auth.displayNamePlaceholder')}
        value={v.displayName}
        onChange={(e) => update('displayName', e.target.value)}
        error={errors.displayName}
      />
      <ConsentCheckbox
        checked={agree}
        onChange={(on) => {
          setAgree(on);
          setErrors((x) => ({ ...x, acceptAgreement: undefined }));
        }}
        error={errors.acceptAgreement}
      />
      <SubmitButton busy={loading} block>
        {t('auth.submitRegister')}
      </SubmitButton>
    </form>
  );
}
