import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { CompactInput } from './CompactInput';

describe('CompactInput', () => {
  it('is named by its label, which is also its placeholder, and keeps the attributes it is given', () => {
    render(<CompactInput label="直播价（元）" name="livePrice" mode="decimal" value="9.9" className="yg-input" onValueChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: '直播价（元）' }) as HTMLInputElement;
    expect(input.placeholder).toBe('直播价（元）');
    expect(input.name).toBe('livePrice');
    expect(input.className).toBe('yg-input');
    expect(input.value).toBe('9.9');
    expect(input.inputMode).toBe('decimal');
  });

  it('hands text on as typed, and keeps only the digits of a digits input', () => {
    const typed = vi.fn();
    const counted = vi.fn();
    render(
      <>
        <CompactInput label="备注" value="" onValueChange={typed} />
        <CompactInput label="限量" mode="digits" value="" onValueChange={counted} />
      </>,
    );
    fireEvent.change(screen.getByRole('textbox', { name: '备注' }), { target: { value: '冷链 1 箱' } });
    fireEvent.change(screen.getByRole('textbox', { name: '限量' }), { target: { value: '1,20 件' } });
    expect(typed).toHaveBeenCalledWith('冷链 1 箱');
    expect(counted).toHaveBeenCalledWith('120');
    expect((screen.getByRole('textbox', { name: '限量' }) as HTMLInputElement).inputMode).toBe('numeric');
    expect((screen.getByRole('textbox', { name: '备注' }) as HTMLInputElement).hasAttribute('inputmode')).toBe(false);
  });
});
