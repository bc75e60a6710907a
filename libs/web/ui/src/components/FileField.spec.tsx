import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { FileField } from './FileField';

describe('FileField', () => {
  it('is a file input named by its label, with the attributes it is given', () => {
    render(<FileField label="导入文件" accept=".xlsx,.csv" name="sheet" className="yg-input" data-testid="sheet" onFile={() => {}} />);
    const input = screen.getByLabelText('导入文件');
    expect(input).toBe(screen.getByTestId('sheet'));
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('accept')).toBe('.xlsx,.csv');
    expect(input.getAttribute('name')).toBe('sheet');
    expect(input.className).toBe('yg-input');
    expect(input.closest('label')?.className).toBe('yg-field');
  });

  it('hands over the first file chosen, and null when the choice is cleared', () => {
    const onFile = vi.fn();
    render(<FileField label="发票文件" onFile={onFile} />);
    const input = screen.getByLabelText('发票文件');
    const pdf = new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' });
    const other = new File(['x'], 'other.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [pdf, other] } });
    expect(onFile).toHaveBeenLastCalledWith(pdf);
    fireEvent.change(input, { target: { files: [] } });
    expect(onFile).toHaveBeenLastCalledWith(null);
    expect(onFile).toHaveBeenCalledTimes(2);
  });
});
