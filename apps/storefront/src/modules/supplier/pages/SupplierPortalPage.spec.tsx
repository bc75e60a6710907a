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
});
