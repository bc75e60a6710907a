import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { I18nProvider } from '@yigou/web/i18n';
import { useSmsForm } from './useSmsForm';

const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider>{children}</I18nProvider>;
const refusal = (code: string, message: string) => new CombinedGraphQLErrors({ errors: [{ message, extensions: { code } }] });
const form = (onEdit?: (field: 'phone' | 'code') => void) => renderHook(() => useSmsForm({ phone: '', code: '' }, onEdit), { wrapper });

describe('useSmsForm', () => {
  it("shows what the form's own check found and sends nothing", async () => {
    const { result } = form();
    const action = vi.fn(() => Promise.resolve());
    await act(() => result.current.send({ phone: '请输入正确的手机号（11位）', code: undefined }, action, () => 'code'));
    expect(action).not.toHaveBeenCalled();
    expect(result.current.errors).toEqual({ phone: '请输入正确的手机号（11位）', code: undefined });
  });

  it('sends when nothing is wrong, and clears the errors shown before', async () => {
    const { result } = form();
    act(() => result.current.setErrors({ form: '网络不通' }));
    const action = vi.fn(() => Promise.resolve());
    await act(() => result.current.send({ phone: undefined, code: undefined }, action, () => 'code'));
    expect(action).toHaveBeenCalledTimes(1);
    expect(result.current.errors.form).toBeUndefined();
  });

  it('shows a refusal on the field fieldOf picks for it, else as the form’s own error', async () => {
    const { result } = form();
    const fieldOf = (d: { code: string }) => (d.code === 'INVALID_SMS_CODE' ? ('code' as const) : undefined);
    await act(() => result.current.send({}, () => Promise.reject(refusal('INVALID_SMS_CODE', '验证码错误或已过期')), fieldOf));
    expect(result.current.errors).toEqual({ code: '验证码错误或已过期' });
    await act(() => result.current.send({}, () => Promise.reject(refusal('RATE_LIMITED', '请求过于频繁')), fieldOf));
    expect(result.current.errors).toEqual({ form: '请求过于频繁' });
  });

  it("update sets the value, clears that field's error and the form's, keeps the others, and tells onEdit", () => {
    const onEdit = vi.fn();
    const { result } = form(onEdit);
    act(() => result.current.setErrors({ phone: 'p', code: 'c', form: 'f' }));
    act(() => result.current.update('phone', '13912345678'));
    expect(result.current.v).toEqual({ phone: '13912345678', code: '' });
    expect(result.current.errors).toEqual({ phone: undefined, code: 'c', form: undefined });
    expect(onEdit).toHaveBeenCalledWith('phone');
  });

  it('field(name) is the value, a change handler that goes through update, and the error', () => {
    const { result } = form();
    act(() => result.current.setErrors({ code: '请输入 6 位短信验证码', form: 'f' }));
    expect(result.current.field('code')).toMatchObject({ value: '', error: '请输入 6 位短信验证码' });
    act(() => result.current.field('code').onChange('123456'));
    expect(result.current.field('code')).toMatchObject({ value: '123456', error: undefined });
    expect(result.current.errors.form).toBeUndefined();
  });
});
