import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@yigou/web/i18n';
import { ConfirmButton } from './ConfirmButton';

describe('ConfirmButton', () => {
  const renderIt = (onConfirm: () => Promise<unknown>) =>
    render(
      <I18nProvider>
        <ConfirmButton testId="receive" question="确认已收到全部商品？" onConfirm={onConfirm}>
          确认收货
        </ConfirmButton>
      </I18nProvider>,
    );

  it('asks before acting; 取消 acts on nothing; 确定 acts once', async () => {
    const onConfirm = vi.fn(async () => undefined);
    renderIt(onConfirm);
    fireEvent.click(screen.getByTestId('receive'));
    expect(screen.getByText('确认已收到全部商品？')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByText('确认已收到全部商品？')).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('receive'));
    fireEvent.click(screen.getByTestId('receive-yes'));
    await screen.findByTestId('receive');
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
