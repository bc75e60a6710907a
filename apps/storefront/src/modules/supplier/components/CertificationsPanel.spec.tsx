import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { SUBMIT_CERTIFICATION } from '../graphql/supplier.documents';
import { renderWithProviders } from '../../../test/render';
import { messageUnder, refusedFields } from '../../../test/refusals';
import { CertificationsPanel } from './CertificationsPanel';

describe('CertificationsPanel', () => {
  it('an empty form sent: each field the server refuses shows its own message under it, at once', async () => {
    renderWithProviders(<CertificationsPanel productId="p1" certs={[]} />, {
      mocks: [
        refusedFields(
          SUBMIT_CERTIFICATION,
          ['certificateNo', '请填写证书编号'],
          ['issuedBy', '请填写发证机关'],
          ['validFrom', '有效期开始日期格式应为 YYYY-MM-DD'],
          ['validTo', '有效期截止日期格式应为 YYYY-MM-DD'],
        ),
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: '提交认定' }));
    expect(await screen.findAllByRole('alert')).toHaveLength(4);
    expect(messageUnder(screen.getByLabelText('证书编号'))).toBe('请填写证书编号');
    expect(messageUnder(screen.getByLabelText('发证机关'))).toBe('请填写发证机关');
    expect(messageUnder(screen.getByLabelText('有效期自'))).toBe('有效期开始日期格式应为 YYYY-MM-DD');
    expect(messageUnder(screen.getByLabelText('有效期至'))).toBe('有效期截止日期格式应为 YYYY-MM-DD');
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('a refused field the form has no input for is said above the form', async () => {
    renderWithProviders(<CertificationsPanel productId="p1" certs={[]} />, {
      mocks: [refusedFields(SUBMIT_CERTIFICATION, ['productId', '商品编号不正确'], ['issuedBy', '请填写发证机关'])],
    });
    fireEvent.click(screen.getByRole('button', { name: '提交认定' }));
    expect((await screen.findByTestId('form-error')).textContent).toBe('商品编号不正确');
    expect(messageUnder(screen.getByLabelText('发证机关'))).toBe('请填写发证机关');
  });
});
