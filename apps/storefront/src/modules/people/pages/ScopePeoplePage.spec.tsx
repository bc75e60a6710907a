import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { GRANT_ROLE_MUTATION, ROLE_HOLDERS_QUERY } from '../graphql/people.documents';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { ScopePeoplePage } from './ScopePeoplePage';

const county = sessionUser({
  id: 'u-county',
  displayName: '汾西县乡村振兴局 赵主任',
  roles: [{ __typename: 'RoleGrant', role: 'county_admin', scopeLabel: '汾西县', unitId: null, supplierId: null, regionCode: '141034' }],
  unit: null,
});
const me = { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me: county } } };
const holder = {
  __typename: 'Person' as const,
  id: 'u-host',
  displayName: '汾西县副县长',
  maskedPhone: '138****0005',
  unitName: null,
  suspended: false,
  roles: [
    {
      __typename: 'PersonRole' as const,
      id: 'g-host',
      role: 'live_host' as const,
      scopeLabel: '汾西县',
      unitId: null,
      supplierId: null,
      regionCode: '141034',
    },
  ],
};
const holders = {
  request: { query: ROLE_HOLDERS_QUERY, variables: { scope: { regionCode: '141034' } } },
  result: { data: { __typename: 'Query' as const, roleHolders: [holder] } },
};

const page = (
  <RequireAuth>
    <ScopePeoplePage kind="county" />
  </RequireAuth>
);

describe('本县人员 (county admin)', () => {
  it('lists the county’s role holders with what the county admin may still appoint them as', async () => {
    renderWithProviders(page, { store: signedInStore(), mocks: [me, holders] });
    const card = await screen.findByTestId('person');
    expect(within(card).getByTestId('person-role').textContent).toContain('主播 · 汾西县');
    expect(
      within(card)
        .getAllByTestId('appoint')
        .map((b) => b.getAttribute('data-role')),
    ).toEqual(['county_admin', 'finance_reviewer']);
  });

  it('appoints by a registered phone: a malformed number is caught here, the server’s refusal is shown', async () => {
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: [
        me,
        holders,
        {
          request: {
            query: GRANT_ROLE_MUTATION,
            variables: {
              input: {
                phone: '13912345678',
                role: 'finance_reviewer',
                reason: '财政局新任审核员',
                unitId: undefined,
                supplierId: undefined,
                regionCode: '141034',
              },
            },
          },
          result: {
            errors: [
              new GraphQLError('该手机号尚未注册以购账号，请对方先注册后再任命', {
                extensions: { code: 'BAD_USER_INPUT', field: 'phone' },
              }),
            ],
          },
        },
      ],
    });
    await screen.findByTestId('person');
    fireEvent.change(screen.getByTestId('appoint-phone'), { target: { value: '1391234' } });
    fireEvent.click(screen.getByTestId('appoint-phone-next'));
    expect(screen.getByRole('alert').textContent).toBe('请输入正确的手机号（11位）');
    fireEvent.change(screen.getByTestId('appoint-phone'), { target: { value: '13912345678' } });
    fireEvent.change(screen.getByTestId('appoint-role'), { target: { value: 'finance_reviewer' } });
    fireEvent.click(screen.getByTestId('appoint-phone-next'));
    const dialog = screen.getByTestId('reason-dialog');
    expect(dialog.textContent).toContain('任命 13912345678 为「财政局审核员」');
    fireEvent.change(within(dialog).getByTestId('reason'), { target: { value: '财政局新任审核员' } });
    fireEvent.click(within(dialog).getByTestId('confirm'));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('该手机号尚未注册以购账号，请对方先注册后再任命');
  });
});
