import type { FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormError, TextField } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { LOGIN_MUTATION } from '../graphql/auth.documents';
import { useSession } from '../hooks/session';
import { useFieldForm } from '../hooks/useFieldForm';
import { validateLogin, type LoginValues } from '../utils/validate';
import { CurrentPasswordField } from './CurrentPasswordField';
import { DemoAccounts } from './DemoAccounts';
import { SubmitButton } from './SubmitButton';

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { signIn } = useSession();
  const { values, update, validate, errorFor, formError, setFormError, setServerFieldErrors } = useFieldForm<LoginValues>({
    login: '',
    password: '',
  });
  const [login, { loading }] = useMutation(LOGIN_MUTATION);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!validate(validateLogin)) return;
    try {
      const { data } = await login({ variables: { input: { login: values.login.trim(), password: values.password } } });
      if (data) {
        signIn(data.login);
        onSuccess();
      }
    } catch (err) {
      const described = describeError(err);
      const message = errorMessage(err);
      if (described.field === 'login' || described.field === 'password') {
        setServerFieldErrors({ [described.field]: message });
      } else {
        setFormError(message);
      }
    }
  }

  return (
    <form className="auth-form" onSubmit={submit} noValidate aria-label={t('auth.loginTitle')}>
      <FormError message={formError} />
      <TextField
        label={t('auth.login')}
        name="login"
        autoComplete="username"
        placeholder={t('auth.loginPlaceholder')}
        value={values.login}
        onChange={(e) => update('login', e.target.value)}
        error={errorFor('login')}
      />
      <CurrentPasswordField
        label={t('auth.password')}
        name="password"
        value={values.password}
        onChange={(x) => update('password', x)}
        error={errorFor('password')}
      />
      <SubmitButton busy={loading} block>
        {t('auth.submitLogin')}
      </SubmitButton>
      <DemoAccounts
        onPick={(l, p) => {
          update('login', l);
          update('password', p);
        }}
      />
    </form>
  );
}
