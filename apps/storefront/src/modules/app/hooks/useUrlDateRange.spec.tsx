import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { useUrlDateRange } from './useUrlDateRange';

function hookAt(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>;
  return renderHook(() => ({ range: useUrlDateRange(), location: useLocation() }), { wrapper });
}

describe('useUrlDateRange', () => {
  it('reads the days from the address and keeps its other parameters when the range changes', () => {
    const { result } = hookAt('/people?user=abc&from=2026-03-01&to=2026-03-31');
    expect(result.current.range[0]).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    act(() => result.current.range[1]({ from: '2026-04-01', to: '' }));
    expect(result.current.range[0]).toEqual({ from: '2026-04-01', to: '' });
    expect(result.current.location.search).toBe('?user=abc&from=2026-04-01');
    act(() => result.current.range[1]({ from: '', to: '' }));
    expect(result.current.location.search).toBe('?user=abc');
  });

  it('reads malformed days, or an end before the start, as no range', () => {
    expect(hookAt('/log?from=2026-3-1&to=x').result.current.range[0]).toEqual({ from: '', to: '' });
    // shaped like a day but not one: the server refuses it (开始日期不是有效日期), so the page must not send it
    expect(hookAt('/log?to=2025-02-29').result.current.range[0]).toEqual({ from: '', to: '' });
    expect(hookAt('/log?from=2026-13-45').result.current.range[0]).toEqual({ from: '', to: '' });
    expect(hookAt('/log?from=2026-05-02&to=2026-05-01').result.current.range[0]).toEqual({ from: '', to: '' });
  });

  it('gives the same range object while the address holds the same days (no refetch loop)', () => {
    const { result, rerender } = hookAt('/log?from=2026-05-01');
    const first = result.current.range[0];
    rerender();
    expect(result.current.range[0]).toBe(first);
  });
});
