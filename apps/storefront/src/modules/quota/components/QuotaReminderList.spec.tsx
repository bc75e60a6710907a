import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { MARK_ALL_QUOTA_REMINDERS_READ_MUTATION, MARK_QUOTA_REMINDER_READ_MUTATION } from '../graphql/quota.documents';
import { QuotaReminderList } from './QuotaReminderList';

const reminders = [
  { id: 'r1', message: '完成率 5.0%，低于全年进度', readAt: null },
  { id: 'r2', message: '上月提醒', readAt: null },
  { id: 'r3', message: '更早的提醒', readAt: '2026-10-01T00:00:00.000Z' },
];

describe('QuotaReminderList', () => {
  it('shows the unread count; marking one read calls the mutation and asks for a refresh', async () => {
    const onChanged = vi.fn();
    renderWithProviders(<QuotaReminderList reminders={reminders} unreadCount={2} onChanged={onChanged} />, {
      mocks: [
        {
          request: { query: MARK_QUOTA_REMINDER_READ_MUTATION, variables: { id: 'r1' } },
          result: { data: { markQuotaReminderRead: { __typename: 'QuotaReminder', id: 'r1', readAt: '2026-11-30T05:00:00.000Z' } } },
        },
      ],
    });
    expect(screen.getByTestId('quota-reminders-unread').textContent).toBe('2 条未读');
    const items = screen.getAllByTestId('quota-reminder');
    expect(within(items[2]).queryByRole('button')).toBeNull();
    expect(within(items[2]).getByText(/已读/)).toBeTruthy();
    fireEvent.click(within(items[0]).getByRole('button', { name: '标为已读' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
  });

  it('marks all read, and hides the count and the button once nothing is unread', async () => {
    const onChanged = vi.fn();
    const { unmount } = renderWithProviders(<QuotaReminderList reminders={reminders} unreadCount={2} onChanged={onChanged} />, {
      mocks: [{ request: { query: MARK_ALL_QUOTA_REMINDERS_READ_MUTATION }, result: { data: { markAllQuotaRemindersRead: 2 } } }],
    });
    fireEvent.click(screen.getByTestId('quota-reminders-read-all'));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    unmount();
    renderWithProviders(
      <QuotaReminderList
        reminders={reminders.map((r) => ({ ...r, readAt: r.readAt ?? '2026-11-30T05:00:00.000Z' }))}
        unreadCount={0}
        onChanged={onChanged}
      />,
    );
    expect(screen.queryByTestId('quota-reminders-unread')).toBeNull();
    expect(screen.queryByTestId('quota-reminders-read-all')).toBeNull();
  });
});
