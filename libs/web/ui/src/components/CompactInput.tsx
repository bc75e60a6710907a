import type { InputHTMLAttributes } from 'react';

export interface CompactInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'placeholder' | 'inputMode'> {
  /** Already translated: shown as the placeholder and read as the input's accessible name. */
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  /** `decimal` asks for the decimal keypad; `digits` asks for the numeric one and keeps only 0–9 of what is typed. */
  mode?: 'text' | 'decimal' | 'digits';
}

const INPUT_MODE = { text: undefined, decimal: 'decimal', digits: 'numeric' } as const;

/** An input in a row of inputs, without a visible label: its label is the placeholder and the accessible name. */
export function CompactInput({ label, value, onValueChange, mode = 'text', ...input }: CompactInputProps) {
  return (
    <input
      {...input}
      value={value}
      inputMode={INPUT_MODE[mode]}
      placeholder={label}
      aria-label={label}
      onChange={(e) => onValueChange(mode === 'digits' ? e.target.value.replace(/\D/g, '') : e.target.value)}
    />
  );
}
