import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nProvider } from '@yigou/web/i18n';
import { type DateRange, NO_RANGE, rangeVariables } from './DateField';
import { RangeExport } from './RangeExport';

/** A page holding the range, as the audit logs do: it shows the range its list would be asked for. */
function Page({ onExport }: { onExport: (r: DateRange) => Promise<void> }) {
  const [range, setRange] = useState<DateRange>(NO_RANGE);
  return (
    <I18nProvider>
      <output data-testid="list-range">{JSON.stringify(rangeVariables(range))}</output>
      <RangeExport label="导出 Excel" onExport={onExport} errorText={String} testId="x" range={[range, setRange]} />
    </I18nProvider>
  );
}

const pick = (name: 'from' | 'to', value: string) =>
  fireEvent.change(screen.getByTestId('x-range').querySelector(`input[name="${name}"]`)!, { target: { value } });

describe('RangeExport with the page’s range', () => {
  it('the days chosen filter the page’s list and the export alike: what is shown is what is exported', async () => {
    const onExport = vi.fn().mockResolvedValue(undefined);
    render(<Page onExport={onExport} />);
    expect(screen.getByTestId('list-range').textContent).toBe('{}');
    expect(screen.getByText('日期范围（列表与导出，不填为全部）')).toBeTruthy();
    pick('from', '2025-03-10');
    pick('to', '2025-03-12');
    expect(screen.getByTestId('list-range').textContent).toBe('{"from":"2025-03-10","to":"2025-03-12"}');
    fireEvent.click(screen.getByTestId('x-button'));
    await waitFor(() => expect(onExport).toHaveBeenCalledWith({ from: '2025-03-10', to: '2025-03-12' }));
  });

  it('an end before the start is said in Chinese; the list keeps its days and nothing can be exported until it is mended', async () => {
    const onExport = vi.fn().mockResolvedValue(undefined);
    render(<Page onExport={onExport} />);
    pick('from', '2025-03-12');
    pick('to', '2025-03-10');
    expect(screen.getByRole('alert').textContent).toBe('结束日期不能早于开始日期');
    expect(screen.getByTestId('list-range').textContent).toBe('{"from":"2025-03-12"}');
    expect((screen.getByTestId('x-button') as HTMLButtonElement).disabled).toBe(true);
    pick('to', '2025-03-31');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByTestId('x-button') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('x-button'));
    await waitFor(() => expect(onExport).toHaveBeenCalledWith({ from: '2025-03-12', to: '2025-03-31' }));
  });
});
