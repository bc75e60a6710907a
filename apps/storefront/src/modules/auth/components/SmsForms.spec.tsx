import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { LoginPage } from '../pages/LoginPage';
import { RegisterPage } from '../pages/RegisterPage';
import { renderWithProviders } from '../../../test/render';
import { REQUEST_SMS_CODE_MUTATION, SMS_AVAILABLE_QUERY, SMS_CAPTCHA_MUTATION } from '../graphql/sms.documents';

function fill(name: string, value: string) {
  fireEvent.change(document.querySelector(`input[name="${name}"]`) as HTMLInputElement, { target: { value } });
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"></svg>';

describe('SMS sign-in and registration forms', () => {
  it('opens on 密码登录 (demo accounts) and switches to 短信登录, which checks the phone before sending', async () => {
    renderWithProviders(<LoginPage />, { route: '/login', path: '/login' });
    expect(document.querySelector('input[name="password"]')).toBeTruthy();
    fireEvent.click(screen.getByTestId('auth-tab-sms'));
    expect(document.querySelector('input[name="phone"]')).toBeTruthy();
    fill('phone', '1234');
    fireEvent.click(screen.getByTestId('send-code'));
    expect(await screen.findByText('请输入正确的手机号（11位）')).toBeTruthy();
    expect(screen.getByRole('link', { name: '忘记密码？' }).getAttribute('href')).toBe('/forgot-password');
  });

  it("短信登录 reports both fields, and typing in one clears only that field's error", async () => {
    renderWithProviders(<LoginPage />, { route: '/login?tab=sms', path: '/login' });
    const form = await screen.findByRole('form', { name: '短信登录' });
    fill('phone', '1234');
    fireEvent.click(within(form).getByRole('button', { name: '登录' }));
    expect(await screen.findByText('请输入正确的手机号（11位）')).toBeTruthy();
    expect(screen.getByText('请输入 6 位短信验证码')).toBeTruthy();
    fill('phone', '13912345678');
    expect(screen.queryByText('请输入正确的手机号（11位）')).toBeNull();
    expect(screen.getByText('请输入 6 位短信验证码')).toBeTruthy();
    fill('code', '12');
    expect(screen.queryByText('请输入 6 位短信验证码')).toBeNull();
  });

  it('shows the picture captcha when the server asks for one, then sends with its answer and counts down', async () => {
    const phone = '13912345678';
    renderWithProviders(<LoginPage />, {
      route: '/login?tab=sms',
      path: '/login',
      mocks: [
        {
          request: { query: REQUEST_SMS_CODE_MUTATION, variables: { input: { phone, purpose: 'login' } } },
          result: { errors: [new GraphQLError('请先输入图形验证码', { extensions: { code: 'CAPTCHA_REQUIRED', field: 'captcha' } })] },
        },
        {
          request: { query: SMS_CAPTCHA_MUTATION },
          result: { data: { smsCaptcha: { __typename: 'SmsCaptchaChallenge', id: 'c-1', svg: SVG } } },
        },
        {
          request: {
            query: REQUEST_SMS_CODE_MUTATION,
            variables: { input: { phone, purpose: 'login', captchaId: 'c-1', captchaAnswer: 'AbCd' } },
          },
          result: {
            data: { requestSmsCode: { __typename: 'SmsCodeSent', phone: '139****5678', validSeconds: 300, resendAfterSeconds: 60 } },
          },
        },
      ],
    });
    fill('phone', phone);
    fireEvent.click(screen.getByTestId('send-code'));
    expect(await screen.findByText('请先输入图形验证码')).toBeTruthy();
    const captcha = await screen.findByTestId('sms-captcha');
    expect(captcha.getAttribute('data-captcha-id')).toBe('c-1');
    fill('captchaAnswer', ' AbCd ');
    fireEvent.click(screen.getByTestId('send-code'));
    expect((await screen.findByTestId('code-sent')).textContent).toBe('验证码已发送至 139****5678，5 分钟内有效');
    expect(screen.getByTestId('send-code').textContent).toMatch(/^\d+ 秒后重新获取$/);
    expect(screen.getByTestId('send-code').hasAttribute('disabled')).toBe(true);
    expect(screen.queryByTestId('sms-captcha')).toBeNull();
  });

  it('registration by phone needs the code and the agreement before anything is sent', async () => {
    renderWithProviders(<RegisterPage />, { route: '/register', path: '/register' });
    fill('phone', '13912345678');
    fill('password', 'pear-harvest');
    fill('displayName', '李四');
    fireEvent.click(screen.getByRole('button', { name: '注册' }));
    expect(await screen.findByText('请输入 6 位短信验证码')).toBeTruthy();
    expect(screen.getByText('请阅读并同意《用户服务协议》和《个人信息保护政策》')).toBeTruthy();
    expect(screen.getByRole('link', { name: '《用户服务协议》' }).getAttribute('href')).toBe('/legal/agreement');
    expect(screen.getByRole('link', { name: '《个人信息保护政策》' }).getAttribute('href')).toBe('/legal/privacy');
  });

  it('without an SMS service: no 短信登录 tab, the password form and a note; registration falls back to email', async () => {
    const off = { request: { query: SMS_AVAILABLE_QUERY }, result: { data: { smsAvailable: false } } };
    renderWithProviders(<LoginPage />, { route: '/login?tab=sms', path: '/login', mocks: [off] });
    expect((await screen.findByTestId('sms-unavailable')).textContent).toBe('短信服务暂未开通，请使用密码登录');
    expect(screen.queryByTestId('auth-tab-sms')).toBeNull();
    expect(document.querySelector('input[name="password"]')).toBeTruthy();
  });

  it('registration falls back to the email form without an SMS service', async () => {
    const off = { request: { query: SMS_AVAILABLE_QUERY }, result: { data: { smsAvailable: false } } };
    renderWithProviders(<RegisterPage />, { route: '/register', path: '/register', mocks: [off] });
    await screen.findByTestId('auth-tab-email');
    await waitFor(() => expect(screen.queryByTestId('auth-tab-phone')).toBeNull());
    expect(document.querySelector('input[name="login"]')).toBeTruthy();
  });
});
