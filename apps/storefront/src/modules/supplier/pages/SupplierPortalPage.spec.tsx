import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { SupplierStatusFieldsFragment } from '../../../generated/graphql';
import { MY_SUPPLIERS_QUERY } from '../graphql/supplier.documents';
import { renderWithProviders } from '../../../test/render';
import { SupplierPortalPage } from './SupplierPortalPage';

const supplier = (
  status: SupplierStatusFieldsFragment['status'],
  nextStep: SupplierStatusFieldsFragment['nextStep'],
): SupplierStatusFieldsFragment => ({
  __typename: 'Supplier',
  id: `s-${status}`,
  name: '娄烦县第八合作社',
  kind: 'cooperative',
  enterpriseLevel: null,
  status,
  nextStep,
  county: { __typename: 'Region', code: '140123', name: '娄烦县', fullName: '山西省太原市娄烦县' },
  application: null,
  reviewSteps: [],
});
const mocks = (list: SupplierStatusFieldsFragment[]) => [
  { request: { query: MY_SUPPLIERS_QUERY }, result: { data: { __typename: 'Query' as const, mySuppliers: list } } },
];

describe('SupplierPortalPage', () => {
  it('tells a pending applicant who must act next and offers no second application', async () => {
    renderWithProviders(<SupplierPortalPage />, {
      mocks: mocks([
        supplier('pending', {
          __typename: 'SupplierNextStep',
          text: '娄烦县尚未开通县级审核，由平台管理员代为审核推荐并批准入驻',
          countyHasReviewer: false,
        }),
      ]),
    });
    expect((await screen.findByTestId('supplier-next-step')).textContent).toBe(
      '娄烦县尚未开通县级审核，由平台管理员代为审核推荐并批准入驻',
    );
    expect(screen.queryByTestId('apply-link')).toBeNull();
  });

  it('hides 申请入驻 once approved, and shows no waiting note', async () => {
    renderWithProviders(<SupplierPortalPage />, { mocks: mocks([supplier('approved', null)]) });
    expect(await screen.findByTestId('supplier-status-card')).toBeTruthy();
    expect(screen.queryByTestId('apply-link')).toBeNull();
    expect(screen.queryByTestId('supplier-next-step')).toBeNull();
  });

  it('offers 申请入驻 to someone without a supplier, or whose applications were all rejected', async () => {
    renderWithProviders(<SupplierPortalPage />, { mocks: mocks([supplier('rejected', null)]) });
    expect(await screen.findByTestId('apply-link')).toBeTruthy();
  });

  it('says 未填写 for what a platform-imported supplier never filled in, and that it has no review steps yet', async () => {
    const imported: SupplierStatusFieldsFragment = {
      ...supplier('approved', null),
      application: {
        __typename: 'SupplierApplication',
        supplierId: 's-approved',
        creditCode: '93141034MA0BGXUU97',
        contactName: '',
        contactPhone: null,
        bankName: '',
        bankAccountName: ' ',
        bankAccountNo: null,
        licenseImageUrl: null,
        benefitDescription: '',
        appliedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    renderWithProviders(<SupplierPortalPage />, { mocks: mocks([imported]) });
    const card = await screen.findByTestId('supplier-status-card');
    const values = [...card.querySelectorAll('dd')].map((d) => d.textContent);
    expect(values).toEqual(['未填写', '未填写', '未填写']);
    expect(card.textContent).not.toContain('·  ·');
    expect(screen.getByTestId('review-steps-empty').textContent).toBe('暂无审核记录');
  });

  it('joins only the bank details that are there', async () => {
    const partial: SupplierStatusFieldsFragment = {
      ...supplier('approved', null),
      application: {
        __typename: 'SupplierApplication',
        supplierId: 's-approved',
        creditCode: null,
        contactName: '刘师傅',
        contactPhone: '13800000004',
        bankName: '中国农业银行汾西支行',
        bankAccountName: '',
        bankAccountNo: '6228480000000000',
        licenseImageUrl: null,
        benefitDescription: '收购脱贫户羊只',
        appliedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    renderWithProviders(<SupplierPortalPage />, { mocks: mocks([partial]) });
    const card = await screen.findByTestId('supplier-status-card');
    expect([...card.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([
      '刘师傅 13800000004',
      '中国农业银行汾西支行 · 6228480000000000',
      '收购脱贫户羊只',
    ]);
  });
});
