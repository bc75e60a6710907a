import { useState } from 'react';
import { useT } from '@yigou/web/i18n';
import { type DateRange, DateRangeField } from './DateField';
import { InlineError } from './FormError';

export interface RangeExportProps {
  /** The button's words, e.g. 导出 Excel. */
  label: string;
  /** Makes and downloads the file of the range ('' for an open end); rejects when the server refuses. */
  onExport: (range: DateRange) => Promise<void>;
  /** The words for a refusal, in the person's language (the storefront's useErrorMessage). */
  errorText: (error: unknown) => string;
  testId: string;
}

/**
 * An export of a log with the days it covers (both optional: none is all of it). A refusal — such as a range with more
 * rows than one file may hold — is said under the button, so nobody mistakes a missing download for a finished one.
 */
export function RangeExport({ label, onExport, errorText, testId }: RangeExportProps) {
  const t = useT();
  const [range, setRange] = useState<DateRange>({ from: '', to: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run() {
    setError(null);
    setBusy(true);
    try {
      await onExport(range);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="yg-desk-filters yg-range-export" data-testid={testId}>
      <DateRangeField value={range} onChange={setRange} legend={t('export.range')} testId={`${testId}-range`} />
      <button type="button" className="yg-button" disabled={busy} onClick={() => void run()} data-testid={`${testId}-button`}>
        {busy ? t('export.busy') : label}
      </button>
      <InlineError className="yg-range-export__error" message={error} testId={`${testId}-error`} />
    </div>
  );
}
