import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { TextAreaField } from './TextAreaField';

describe('TextAreaField', () => {
  it('is a textarea named by its label, with the attributes it is given, handing its change to onChange', () => {
    const onChange = vi.fn();
    render(<TextAreaField label="简介" name="story" rows={3} value="" placeholder="写几句" onChange={(e) => onChange(e.target.value)} />);
    const area = screen.getByRole('textbox', { name: '简介' }) as HTMLTextAreaElement;
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.className).toBe('yg-input');
    expect(area.name).toBe('story');
    expect(area.getAttribute('rows')).toBe('3');
    expect(area.getAttribute('aria-invalid')).toBeNull();
    expect(area.getAttribute('aria-describedby')).toBeNull();
    fireEvent.change(area, { target: { value: '玉露香梨' } });
    expect(onChange).toHaveBeenCalledWith('玉露香梨');
  });

  it('with an error: named by its label alone, marked invalid and described by the error beside the label', () => {
    render(<TextAreaField label="与脱贫户的利益联结" value="" error="至少10个字" onChange={() => {}} />);
    const area = screen.getByRole('textbox', { name: '与脱贫户的利益联结' });
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(area.getAttribute('aria-describedby')!)!.textContent).toBe('至少10个字');
    expect(screen.getByRole('alert').closest('label')).toBeNull();
  });
});
