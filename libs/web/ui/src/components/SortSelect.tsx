import { SelectField } from './SelectField';
import type { SortState } from './DataTable';

export interface SortOption {
  label: string;
  sort: SortState;
}

/** Sorting for a list without column headers (cards): one labelled select of the orders the server offers. */
export function SortSelect({
  label,
  options,
  value,
  onChange,
  testId,
}: {
  label: string;
  options: readonly SortOption[];
  value: SortState;
  onChange: (sort: SortState) => void;
  testId?: string;
}) {
  const index = options.findIndex((o) => o.sort.key === value.key && o.sort.direction === value.direction);
  return (
    <SelectField label={label} value={index} onChange={(e) => onChange(options[Number(e.target.value)].sort)} data-testid={testId}>
      {options.map((o, i) => (
        <option key={o.label} value={i}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
