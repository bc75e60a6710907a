import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { I18nProvider } from '@yigou/web/i18n';
import { useRowAction } from './useRowAction';

const refusal = new CombinedGraphQLErrors({
  errors: [{ message: '该用户不是本单位成员', extensions: { code: 'BAD_USER_INPUT' } }],
});
const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider>{children}</I18nProvider>;

describe('useRowAction', () => {
  it('marks the row busy while its action runs, then frees it and answers true', async () => {
    const { result } = renderHook(() => useRowAction(), { wrapper });
    let finish!: () => void;
    let done!: Promise<boolean>;
    act(() => {
      done = result.current.run('m1', () => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(result.current.busyId).toBe('m1');
    await act(async () => {
      finish();
      expect(await done).toBe(true);
    });
    expect(result.current.busyId).toBeNull();
    expect(result.current.error).toBeNull();
  });

  it('shows a failure as the error line, frees the row, answers false, and the next try clears the line', async () => {
    const { result } = renderHook(() => useRowAction(), { wrapper });
    await act(async () => {
      expect(await result.current.run('m1', () => Promise.reject(refusal))).toBe(false);
    });
    expect(result.current.error).toBe('该用户不是本单位成员');
    expect(result.current.busyId).toBeNull();
    await act(async () => {
      await result.current.run('m2', () => Promise.resolve());
    });
    expect(result.current.error).toBeNull();
  });
});
