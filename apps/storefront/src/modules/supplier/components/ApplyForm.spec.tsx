import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import type { SupplierStatusFieldsFragment } from '../../../generated/graphql';
import { COUNTIES_QUERY } from '../graphql/supplier.documents';
import { ApplyForm } from './ApplyForm';
import { SupplierStatusCard } from './SupplierStatusCard';

const fill = (name: string, value: string) =>
  fireEvent.change(document.querySelector(`[name="${name}"]`) as HTMLInputElement, { target: { value } });

describe('supplier application form', () => {
  it('mirrors the server: credit code check character, phone, bank account, licence, benefit link', async () => {
    renderWithProviders(<ApplyForm onDone={() => undefined} />, {
      mocks: [
        {
          request: { query: COUNTIES_QUERY },
          result: { data: { counties: [{ __typename: 'Region', code: '141034', fullName: '山西省临汾市汾西县' }] } },
        },
      ],
    });
    await screen.findByRole('option', { name: '山西省临汾市汾西县' });
    fill('creditCode', '91141034MA0BGXUU90');
    fill('contactPhone', '12345');
    fill('bankAccountNo', '12ab');
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    expect(await screen.findByText('统一社会信用代码校验位不正确，请核对')).toBeTruthy();
    expect(screen.getByText('联系电话应为11位手机号')).toBeTruthy();
    expect(screen.getByText('银行账号应为8到30位数字')).toBeTruthy();
    expect(screen.getByText('请上传营业执照图片')).toBeTruthy();
    expect(screen.getByText('请说明与脱贫户的利益联结方式（至少10个字）')).toBeTruthy();
  });

  it('marks the refused selects and textarea as the text fields are (red edge, aria-invalid), not only with a line below', async () => {
    renderWithProviders(<ApplyForm onDone={() => undefined} />, {
      mocks: [{ request: { query: COUNTIES_QUERY }, result: { data: { counties: [] } } }],
    });
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await screen.findByText('请选择主体类型');
    for (const name of ['name', 'kind', 'countyCode', 'benefitDescription']) {
      expect(document.querySelector(`[name="${name}"]`)!.getAttribute('aria-invalid')).toBe('true');
    }
    fill('kind', 'cooperative');
    expect(document.querySelector('[name="kind"]')!.getAttribute('aria-invalid')).toBeNull();
  });
});

const supplier: SupplierStatusFieldsFragment = {
  __typename: 'Supplier',
  id: 's1',
  name: '汾西县测试合作社',
  kind: 'cooperative',
  enterpriseLevel: null,
  status: 'rejected',
  nextStep: null,
  county: { __typename: 'Region', code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' },
  application: null,
  reviewSteps: [
    {
      __typename: 'SupplierReviewStep',
      id: '1',
      action: 'applied',
      fromStatus: 'pending',
      toStatus: 'pending',
      reason: null,
      actorName: '李社长',
      createdAt: '2026-11-20T02:00:00Z',
    },
    {
      __typename: 'SupplierReviewStep',
      id: '2',
      action: 'county_rejected',
      fromStatus: 'pending',
      toStatus: 'rejected',
      reason: '营业执照已过期',
      actorName: '县乡村振兴局',
      createdAt: '2026-11-21T02:00:00Z',
    },
  ],
};

describe('supplier status card', () => {
  it('shows the status and every step with who, when and why', () => {
    renderWithProviders(<SupplierStatusCard supplier={supplier} />);
    expect(screen.getByTestId('supplier-status').textContent).toBe('未通过');
    const steps = screen.getByTestId('review-steps');
    expect(steps.textContent).toContain('县级驳回');
    expect(steps.textContent).toContain('营业执照已过期');
    expect(steps.textContent).toContain('2026-11-21');
    expect(screen.queryByTestId('manage-products')).toBeNull();
  });

  it('reads in English too', () => {
    renderWithProviders(<SupplierStatusCard supplier={supplier} />, { locale: 'en' });
    expect(screen.getByTestId('supplier-status').textContent).toBe('Rejected');
  });
});
