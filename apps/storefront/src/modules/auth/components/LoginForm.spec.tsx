import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { GraphQLError } from 'graphql';
import { LoginPage } from '../pages/LoginPage';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { LOGIN_MUTATION } from '../graphql/auth.documents';
import { createTokenStore, TOKEN_STORAGE_KEY } from '../utils/token-store';

function fill(name: string, value: string) {
  const input = document.querySelector(`input[name="${name}"]`) as HTMLInputElement;
  fireEvent.change(input, { target: { value } });
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: '登录' }));
}

const loginMock = (login: string, password: string, result: object) => ({
  request: { query: LOGIN_MUTATION, variables: { input: { login, password } } },
  result,
});

describe('Login form', () => {
  it('shows Chinese validation messages and does not call the server for empty fields', async () => {
    renderWithProviders(<LoginPage />, { route: '/login', path: '/login' });
    submit();
    expect(await screen.findByText('请输入手机号、邮箱或用户名')).toBeTruthy();
    expect(screen.getByText('请输入密码')).toBeTruthy();
    expect(document.querySelector('input[name="login"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('rejects a login that is neither phone, email nor username', async () => {
    renderWithProviders(<LoginPage />, { route: '/login', path: '/login' });
    fill('login', 'not an account!');
    fill('password', 'whatever1');
    submit();
    expect(await screen.findByText('请输入正确的手机号、邮箱或用户名')).toBeTruthy();
    fill('login', 'buyer');
    expect(screen.queryByText('请输入正确的手机号、邮箱或用户名')).toBeNull();
  });

  it("shows the server's message for wrong credentials", async () => {
    renderWithProviders(<LoginPage />, {
      route: '/login',
      path: '/login',
      mocks: [
        loginMock('buyer', 'wrong-password', {
          errors: [new GraphQLError('账号或密码错误', { extensions: { code: 'INVALID_CREDENTIALS' } })],
        }),
      ],
    });
    fill('login', 'buyer');
    fill('password', 'wrong-password');
    submit();
    expect((await screen.findByTestId('form-error')).textContent).toBe('账号或密码错误');
  });

  it('tells a suspended account so, in English too', async () => {
    renderWithProviders(<LoginPage />, {
      route: '/login',
      path: '/login',
      locale: 'en',
      mocks: [
        loginMock('buyer', 'right-password', {
          errors: [new GraphQLError('账号已被停用，请联系平台管理员', { extensions: { code: 'ACCOUNT_SUSPENDED' } })],
        }),
      ],
    });
    fill('login', 'buyer');
    fill('password', 'right-password');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('form-error')).textContent).toBe(
      'This account is suspended; please contact the platform administrator',
    );
  });

  it('explains TOO_MANY_ATTEMPTS with the wait time in English', async () => {
    renderWithProviders(<LoginPage />, {
      route: '/login',
      path: '/login',
      locale: 'en',
      mocks: [
        loginMock('buyer', 'wrong-password', {
          errors: [
            new GraphQLError('尝试次数过多，请 60 秒后再试', {
              extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 },
            }),
          ],
        }),
      ],
    });
    fill('login', 'buyer');
    fill('password', 'wrong-password');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('form-error')).textContent).toBe('Too many attempts; please try again in 60 seconds');
  });

  it('signs in with a demo account, stores the tokens and goes to the next page', async () => {
    const store = createTokenStore();
    renderWithProviders(<LoginPage />, {
      route: '/login?next=%2Fsearch%3Fq%3D%E6%A2%A8',
      path: '/login',
      store,
      extraRoutes: <Route path="/search" element={<p>search page</p>} />,
      mocks: [
        loginMock('buyer', 'yigou-demo', {
          data: {
            login: {
              __typename: 'AuthPayload',
              accessToken: 'access-1',
              accessTokenExpiresAt: '2026-11-22T07:15:00.000Z',
              refreshToken: 'refresh-1',
              user: sessionUser({ id: 'u-buyer', displayName: '张三', username: 'buyer' }),
            },
          },
        }),
      ],
    });
    fireEvent.click(screen.getByText('演示账号'));
    fireEvent.click(screen.getByRole('button', { name: /buyer/ }));
    expect((document.querySelector('input[name="password"]') as HTMLInputElement).value).toBe('yigou-demo');
    submit();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/search?q=梨'));
    expect(store.get()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(JSON.parse(localStorage.getItem(TOKEN_STORAGE_KEY) ?? '{}').refreshToken).toBe('refresh-1');
  });
});
