import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RegisterPage } from '../pages/RegisterPage';
import { renderWithProviders } from '../../../test/render';
import { REGISTER_MUTATION } from '../graphql/auth.documents';
import { CONSENT_GIVEN } from './ConsentCheckbox';

function fill(name: string, value: string) {
  fireEvent.change(document.querySelector(`input[name="${name}"]`) as HTMLInputElement, { target: { value } });
}

describe('Register form', () => {
  it('mirrors the server rules: an email, password of at least 8, a display name', async () => {
    renderWithProviders(<RegisterPage />, { route: '/register?tab=email', path: '/register' });
    fill('login', 'buyer');
    fill('password', 'short');
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByText('请输入有效的邮箱地址')).toBeTruthy();
    expect(screen.getByText('密码至少 8 位')).toBeTruthy();
    expect(screen.getByText('请输入昵称')).toBeTruthy();
    expect(screen.getByText('请阅读并同意《用户服务协议》和《个人信息保护政策》')).toBeTruthy();
  });

  it('sends a mobile number to the phone tab, where an SMS code proves it (nothing is sent)', async () => {
    renderWithProviders(<RegisterPage />, { route: '/register?tab=email', path: '/register' });
    fill('login', '13912345678');
    fill('password', 'pear-harvest');
    fill('displayName', '李四');
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByText('手机号请在“手机号注册”中用短信验证码注册')).toBeTruthy();
  });

  it('shows where the server says the problem is', async () => {
    renderWithProviders(<RegisterPage />, {
      route: '/register?tab=email',
      path: '/register',
      mocks: [
        {
          request: {
            query: REGISTER_MUTATION,
            variables: { input: { login: 'li.si@example.com', password: 'pear-harvest', displayName: '李四', ...CONSENT_GIVEN } },
          },
          result: {
            errors: [new GraphQLError('该邮箱已注册，请直接登录', { extensions: { code: 'ALREADY_REGISTERED', field: 'login' } })],
          },
        },
      ],
    });
    fill('login', ' li.si@example.com ');
    fill('password', 'pear-harvest');
    fill('displayName', '李四');
    fireEvent.click(document.querySelector('input[name="acceptAgreement"]') as HTMLInputElement);
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    const message = await screen.findByText('该邮箱已注册，请直接登录');
    expect(message.closest('.yg-field')?.querySelector('input')?.getAttribute('name')).toBe('login');
    expect(screen.queryByTestId('form-error')).toBeNull();
  });
});
