import { useState } from 'react';
import { useT } from '@yigou/web/i18n';
import { TextField, type TextFieldProps } from './TextField';

/** YYYY-MM-DD strings compare as dates. */
export function dateProblem(
  value: string,
  { min, max, badInput }: { min?: string; max?: string; badInput?: boolean },
): 'badInput' | 'min' | 'max' | null {
  if (badInput) return 'badInput';
  if (!value) return null;
  if (min && value < min) return 'min';
  if (max && value > max) return 'max';
  return null;
}

export interface DateFieldProps extends Omit<TextFieldProps, 'type' | 'value' | 'onChange' | 'min' | 'max'> {
  value: string;
  /** Called with YYYY-MM-DD, or '' when cleared. */
  onChange: (value: string) => void;
  min?: string;
  max?: string;
}

/**
 * A labelled day picker: the browser's own calendar (`<input type=date>`, which phones show natively), styled as the
 * kit's inputs, saying in words what is wrong with what was typed (incomplete, before min, after max).
 */
export function DateField({ value, onChange, min, max, error, ...rest }: DateFieldProps) {
  const t = useT();
  const [badInput, setBadInput] = useState(false);
  const problem = dateProblem(value, { min, max, badInput });
  const own =
    problem === 'badInput'
      ? t('date.error.badInput')
      : problem === 'min'
        ? t('date.error.min', { min: min! })
        : problem === 'max'
          ? t('date.error.max', { max: max! })
          : null;
  return (
    <TextField
      {...rest}
      type="date"
      value={value}
      min={min}
      max={max}
      error={own ?? error}
      onChange={(e) => {
        setBadInput(e.target.validity?.badInput ?? false);
        onChange(e.target.value);
      }}
    />
  );
}

export interface DateRange {
  from: string;
  to: string;
}

/** No days chosen: the whole of a log. */
export const NO_RANGE: DateRange = { from: '', to: '' };

/** A range as a list query's `from`/`to` variables: only the ends chosen (none for the whole list). */
export const rangeVariables = (r: DateRange): { from?: string; to?: string } => ({
  ...(r.from ? { from: r.from } : {}),
  ...(r.to ? { to: r.to } : {}),
});

export interface DateRangeFieldProps {
  value: DateRange;
  /** Called only with a range the fields accept (each day within min/max, the end not before the start). */
  onChange: (range: DateRange) => void;
  min?: string;
  max?: string;
  legend?: string;
  testId?: string;
  /** Told whether what the fields now show is a range they accept (false while, e.g., the end is before the start). */
  onValidityChange?: (valid: boolean) => void;
}

/** 开始日期 – 结束日期 with 清除: the desks' date filter. The parent sees only valid ranges. */
export function DateRangeField({ value, onChange, min, max, legend, testId, onValidityChange }: DateRangeFieldProps) {
  const t = useT();
  const [draft, setDraft] = useState<DateRange>(value);
  const valid = (r: DateRange) =>
    !dateProblem(r.from, { min, max }) && !dateProblem(r.to, { min, max }) && !(r.from && r.to && r.to < r.from);
  const set = (r: DateRange) => {
    setDraft(r);
    onValidityChange?.(valid(r));
    if (valid(r)) onChange(r);
  };
  const orderError = draft.from && draft.to && draft.to < draft.from ? t('date.error.order') : null;
  return (
    <fieldset className="yg-date-range" data-testid={testId}>
      <legend className="yg-field__label">{legend ?? t('date.range')}</legend>
      <DateField label={t('date.from')} name="from" value={draft.from} min={min} max={max} onChange={(from) => set({ ...draft, from })} />
      <DateField
        label={t('date.to')}
        name="to"
        value={draft.to}
        min={min}
        max={max}
        error={orderError}
        onChange={(to) => set({ ...draft, to })}
      />
      {(draft.from || draft.to) && (
        <button type="button" className="yg-button yg-button--ghost yg-date-range__clear" onClick={() => set({ from: '', to: '' })}>
          {t('date.clear')}
        </button>
      )}
    </fieldset>
  );
}
