import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError, TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { REGISTER_MUTATION } from '../graphql/auth.documents';
import { useSession } from '../hooks/session';
import { useS } from '../utils/sms-labels';
import { ConsentCheckbox, CONSENT_GIVEN } from './ConsentCheckbox';
import { NewPasswordFields } from './NewPasswordFields';
import { SubmitButton } from './SubmitButton';
import { useFieldForm } from '../hooks/useFieldForm';
import { DISPLAY_NAME_MAX_LENGTH, validateRegister, type RegisterValues } from '../utils/validate';

type Field = keyof RegisterValues;
const FIELDS: readonly Field[] = ['login', 'password', 'displayName'];

export function RegisterForm({ onSuccess }: { onSuccess: () => void }) {
  const t = useT();
  const S = useS();
  const errorMessage = useErrorMessage();
  const { signIn } = useSession();
  const { values, update, validate, errorFor, formError, setFormError, setServerFieldErrors } = useFieldForm<RegisterValues>({
    login: '',
    password: '',
    displayName: '',
  });
  const [agree, setAgree] = useState(false);
  const [agreeError, setAgreeError] = useState<string | null>(null);
  const [register, { loading }] = useMutation(REGISTER_MUTATION);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const valid = validate(validateRegister);
    setAgreeError(agree ? null : S('agreeRequired'));
    if (!valid || !agree) return;
    try {
      const { data } = await register({
        variables: {
          input: { login: values.login.trim(), password: values.password, displayName: values.displayName.trim(), ...CONSENT_GIVEN },
        },
      });
      if (data) {
        signIn(data.register);
        onSuccess();
      }
    } catch (err) {
      const described = describeError(err);
      const message = errorMessage(err);
      const field = FIELDS.find((f) => f === described.field);
      if (field) setServerFieldErrors({ [field]: message });
      else if (described.field === 'acceptAgreement') setAgreeError(message);
      else setFormError(message);
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={t('auth.registerTitle')}>
      <FormError message={formError} />
      <TextField
        label={t('auth.registerLogin')}
        name="login"
        type="email"
        autoComplete="email"
        inputMode="email"
        placeholder={t('auth.registerLoginPlaceholder')}
        value={values.login}
        onChange={(e) => update('login', e.target.value)}
        error={errorFor('login')}
      />
      <NewPasswordFields
        label={t('auth.password')}
        name="password"
        value={values.password}
        onChange={(x) => update('password', x)}
        error={errorFor('password')}
      />
      <TextField
        label={t('auth.displayName')}
        name="displayName"
        autoComplete="nickname"
        maxLength={DISPLAY_NAME_MAX_LENGTH * 2}
        placeholder={t('auth.displayNamePlaceholder')}
        value={values.displayName}
        onChange={(e) => update('displayName', e.target.value)}
        error={errorFor('displayName')}
      />
      <ConsentCheckbox
        checked={agree}
        onChange={(on) => {
          setAgree(on);
          setAgreeError(null);
        }}
        error={agreeError}
      />
      <SubmitButton busy={loading} block>
        {t('auth.submitRegister')}
      </SubmitButton>
    </form>
  );
}
