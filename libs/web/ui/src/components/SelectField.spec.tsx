import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { SelectField } from './SelectField';

describe('SelectField', () => {
  it('is a select named by its label, with its options and the attributes it is given', () => {
    render(
      <SelectField label="排序" name="sort" value="b" disabled aria-busy data-testid="sort" onChange={() => {}}>
        <option value="a">最新</option>
        <option value="b">金额</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: '排序' }) as HTMLSelectElement;
    expect(select).toBe(screen.getByTestId('sort'));
    expect(select.className).toBe('yg-input');
    expect(select.name).toBe('sort');
    expect(select.value).toBe('b');
    expect(select.disabled).toBe(true);
    expect(select.getAttribute('aria-busy')).toBe('true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['最新', '金额']);
  });

  it('hands the change to its onChange', () => {
    const onChange = vi.fn();
    render(
      <SelectField label="省" value="" onChange={(e) => onChange(e.target.value)}>
        <option value="">请选择</option>
        <option value="14">山西省</option>
      </SelectField>,
    );
    fireEvent.change(screen.getByLabelText('省'), { target: { value: '14' } });
    expect(onChange).toHaveBeenCalledWith('14');
  });

  it('with an error: the select is named by its label alone, marked invalid and described by the error beside the label', () => {
    const { rerender } = render(
      <SelectField label="所在县" value="" error="请选择所在县" hint="按营业执照填写" onChange={() => {}}>
        <option value="">请选择</option>
      </SelectField>,
    );
    const select = screen.getByRole('combobox', { name: '所在县' });
    expect(select.getAttribute('aria-invalid')).toBe('true');
    const described = select.getAttribute('aria-describedby')!;
    expect(document.getElementById(described)!.textContent).toBe('请选择所在县');
    expect(screen.getByRole('alert').closest('label')).toBeNull();
    expect(screen.queryByText('按营业执照填写')).toBeNull(); // the error stands in for the hint
    rerender(
      <SelectField label="所在县" value="" error={null} hint="按营业执照填写" onChange={() => {}}>
        <option value="">请选择</option>
      </SelectField>,
    );
    expect(select.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById(select.getAttribute('aria-describedby')!)!.textContent).toBe('按营业执照填写');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
