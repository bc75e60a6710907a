import { useState } from 'react';
import { useT } from '@yigou/web/i18n';
import { type DateRange, DateRangeField, NO_RANGE } from './DateField';
import { InlineError } from './FormError';

export interface RangeExportProps {
  /** The button's words, e.g. 导出 Excel. */
  label: string;
  /** Makes and downloads the file of the range ('' for an open end); rejects when the server refuses. */
  onExport: (range: DateRange) => Promise<void>;
  /** The words for a refusal, in the person's language (the storefront's useErrorMessage). */
  errorText: (error: unknown) => string;
  testId: string;
  /**
   * The range when the page holds it (its `useState`): a log whose list shows the same days passes it, so the days chosen
   * here filter the list and the export alike — what is shown is what is exported (legend 日期范围（列表与导出…）).
   */
  range?: [DateRange, (range: DateRange) => void];
}

/**
 * An export of a log with the days it covers (both optional: none is all of it). A refusal — such as a range with more
 * rows than one file may hold — is said under the button, so nobody mistakes a missing download for a finished one.
 */
export function RangeExport({ label, onExport, errorText, testId, range: held }: RangeExportProps) {
  const t = useT();
  const [own, setOwn] = useState<DateRange>(NO_RANGE);
  const [range, setRange] = held ?? [own, setOwn];
  const [busy, setBusy] = useState(false);
  // while the fields show a range they refuse (the end before the start), nothing is exported: the file would be of
  // the last range accepted, not of the days on screen
  const [valid, setValid] = useState(true);
  const [error, setError] = useState<string | null>(null);
  function change(next: DateRange) {
    setError(null);
    setRange(next);
  }
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
      <DateRangeField
        value={range}
        onChange={change}
        onValidityChange={setValid}
        legend={t(held ? 'log.range' : 'export.range')}
        testId={`${testId}-range`}
      />
      <button type="button" className="yg-button" disabled={busy || !valid} onClick={() => void run()} data-testid={`${testId}-button`}>
        {busy ? t('export.busy') : label}
      </button>
      <InlineError className="yg-range-export__error" message={error} testId={`${testId}-error`} />
    </div>
  );
}
