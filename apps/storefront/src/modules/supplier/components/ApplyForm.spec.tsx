import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { messageUnder, refusedFields } from '../../../test/refusals';
import { mockUploads } from '../../../test/uploads';
import type { SupplierStatusFieldsFragment } from '../../../generated/graphql';
import { APPLY_AS_SUPPLIER, COUNTIES_QUERY } from '../graphql/supplier.documents';
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
    // each is named by its label alone and described by its refusal (a line inside the <label> became part of the name)
    expect(screen.getByRole('combobox', { name: '主体类型' })).toBe(document.querySelector('[name="kind"]'));
    expect(screen.getByRole('combobox', { name: '所在县' })).toBe(document.querySelector('[name="countyCode"]'));
    const benefit = screen.getByRole('textbox', { name: '与脱贫户的利益联结' });
    expect(messageUnder(benefit)).toBe('请说明与脱贫户的利益联结方式（至少10个字）');
    expect(messageUnder(screen.getByRole('combobox', { name: '主体类型' }))).toBe('请选择主体类型');
    fill('kind', 'cooperative');
    expect(document.querySelector('[name="kind"]')!.getAttribute('aria-invalid')).toBeNull();
  });

  describe('the server’s refusal', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('shows every field the server refused under its own input at once, not only the first', async () => {
      const long = '汾'.repeat(81);
      renderWithProviders(<ApplyForm onDone={() => undefined} />, {
        mocks: [
          {
            request: { query: COUNTIES_QUERY },
            result: { data: { counties: [{ __typename: 'Region', code: '141034', fullName: '山西省临汾市汾西县' }] } },
          },
          refusedFields(
            APPLY_AS_SUPPLIER,
            ['name', '主体名称不能超过80个字'],
            ['bankName', '开户银行不能超过80个字'],
            ['story', '简介不能超过2000个字'],
          ),
        ],
      });
      await screen.findByRole('option', { name: '山西省临汾市汾西县' });
      mockUploads(201, { url: '/media/uploads/ab/licence.jpg', thumbUrl: '/media/uploads/ab/licence.thumb.webp' });
      fireEvent.change(screen.getByTestId('license-upload'), { target: { files: [new File(['x'], '执照.jpg', { type: 'image/jpeg' })] } });
      await screen.findByTestId('license-preview');
      for (const [name, value] of Object.entries({
        name: long,
        kind: 'cooperative',
        creditCode: '91350100M000100Y43',
        countyCode: '141034',
        contactName: '李社长',
        contactPhone: '13800138000',
        bankAccountName: '汾西县测试合作社',
        bankName: long,
        bankAccountNo: '6222020200112233',
        benefitDescription: '保护价收购脱贫户的玉露香梨，每斤高于市价两角',
        story: '梨'.repeat(2001),
      })) {
        fill(name, value);
      }
      fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
      expect(await screen.findByText('开户银行不能超过80个字')).toBeTruthy();
      expect(messageUnder(screen.getByLabelText('主体名称'))).toBe('主体名称不能超过80个字');
      expect(messageUnder(screen.getByLabelText('开户银行'))).toBe('开户银行不能超过80个字');
      expect(screen.getByText('简介不能超过2000个字')).toBeTruthy();
      expect(document.querySelector('[name="story"]')!.getAttribute('aria-invalid')).toBe('true');
      expect(screen.queryByTestId('form-error')).toBeNull();
    });
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
