import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { ShipDeadline } from './ShipDeadline';

describe('ShipDeadline', () => {
  it('shows the ship-by time in Beijing time and a red badge only when overdue', () => {
    renderWithProviders(<ShipDeadline shipDueAt="2026-11-30T02:00:00.000Z" shipOverdue />);
    expect(screen.getByTestId('ship-deadline').textContent).toContain('最晚发货时间：2026/11/30 10:00');
    expect(screen.getByTestId('ship-overdue').textContent).toBe('已超发货期限');
  });

  it('shows nothing once the order no longer waits to ship', () => {
    renderWithProviders(<ShipDeadline shipDueAt={null} shipOverdue={false} />);
    expect(screen.queryByTestId('ship-deadline')).toBeNull();
  });

  it('no badge before the deadline', () => {
    renderWithProviders(<ShipDeadline shipDueAt="2026-12-30T02:00:00.000Z" shipOverdue={false} />);
    expect(screen.getByTestId('ship-deadline')).toBeTruthy();
    expect(screen.queryByTestId('ship-overdue')).toBeNull();
  });
});
