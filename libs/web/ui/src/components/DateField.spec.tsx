import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@yigou/web/i18n';
import { DateRangeField, dateProblem } from './DateField';

describe('dateProblem', () => {
  it('compares YYYY-MM-DD days with min and max; empty is fine; an incomplete entry is a problem', () => {
    expect(dateProblem('', { min: '2026-01-01' })).toBeNull();
    expect(dateProblem('2025-12-31', { min: '2026-01-01' })).toBe('min');
    expect(dateProblem('2027-01-01', { max: '2026-12-31' })).toBe('max');
    expect(dateProblem('2026-06-01', { min: '2026-01-01', max: '2026-12-31' })).toBeNull();
    expect(dateProblem('', { badInput: true })).toBe('badInput');
  });
});

describe('DateRangeField', () => {
  const renderIt = (onChange = vi.fn()) => {
    render(
      <I18nProvider>
        <DateRangeField value={{ from: '', to: '' }} onChange={onChange} max="2026-12-31" testId="range" />
      </I18nProvider>,
    );
    return onChange;
  };

  it('labels both days as date inputs with the limits', () => {
    renderIt();
    const from = screen.getByLabelText('开始日期') as HTMLInputElement;
    const to = screen.getByLabelText('结束日期') as HTMLInputElement;
    expect([from.type, to.type]).toEqual(['date', 'date']);
    expect(to.max).toBe('2026-12-31');
  });

  it('passes on a valid range; an end before the start or a day after max is said in Chinese and not passed on', () => {
    const onChange = renderIt();
    fireEvent.change(screen.getByLabelText('开始日期'), { target: { value: '2026-03-02' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-03-02', to: '' });
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2026-03-01' } });
    expect(screen.getByRole('alert').textContent).toBe('结束日期不能早于开始日期');
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2027-01-05' } });
    expect(screen.getByRole('alert').textContent).toBe('日期不能晚于 2026-12-31');
    expect(onChange).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByLabelText('结束日期'), { target: { value: '2026-03-31' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-03-02', to: '2026-03-31' });
    fireEvent.click(screen.getByRole('button', { name: '清除日期' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '', to: '' });
  });
});
