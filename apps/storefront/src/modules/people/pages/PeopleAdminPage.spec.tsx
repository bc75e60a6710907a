import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { REGION_CHILDREN_QUERY } from '../../orders/graphql/shipping.documents';
import { GRANT_ROLE_MUTATION, PEOPLE_QUERY, WITHDRAW_ROLE_MUTATION } from '../graphql/people.documents';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { PeopleAdminPage } from './PeopleAdminPage';

const admin = sessionUser({
  id: 'u-admin',
  displayName: '平台管理员',
  roles: [{ __typename: 'RoleGrant', role: 'platform_admin', scopeLabel: null, unitId: null, supplierId: null, regionCode: null }],
  unit: null,
});
const me = { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me: admin } } };
const role = (id: string, r: string, scopeLabel: string | null, regionCode: string | null = null) => ({
  __typename: 'PersonRole' as const,
  id,
  role: r as 'live_host',
  scopeLabel,
  unitId: null,
  supplierId: null,
  regionCode,
});
const person = (id: string, displayName: string, roles: ReturnType<typeof role>[]) => ({
  __typename: 'Person' as const,
  id,
  displayName,
  maskedPhone: '138****0005',
  unitName: null,
  suspended: false,
  roles,
});
const host = person('u-host', '汾西县副县长', [role('g-host', 'live_host', '汾西县', '141034')]);
const people = (list: ReturnType<typeof person>[]) => ({
  request: { query: PEOPLE_QUERY, variables: { search: null, role: null, first: 20 } },
  result: {
    data: {
      __typename: 'Query' as const,
      people: {
        __typename: 'PersonConnection' as const,
        totalCount: list.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: list.map((node) => ({ __typename: 'PersonEdge' as const, cursor: node.id, node })),
      },
    },
  },
});

const regionChildren = (parentCode: string, rows: [string, string, 'province' | 'city' | 'county'][]) => ({
  request: { query: REGION_CHILDREN_QUERY, variables: { parentCode } },
  result: {
    data: {
      __typename: 'Query' as const,
      regions: rows.map(([code, name, level]) => ({ __typename: 'Region' as const, code, name, level })),
    },
  },
});

const page = (
  <RequireAuth>
    <PeopleAdminPage tab="people" />
  </RequireAuth>
);

describe('用户管理', () => {
  it('pages the people list: 下一页 asks for the people after the last one shown, 上一页 goes back', async () => {
    const other = person('u-other', '交城县财政局', []);
    const answer = (list: ReturnType<typeof person>[], hasNextPage: boolean, endCursor: string) => ({
      data: {
        __typename: 'Query' as const,
        people: {
          __typename: 'PersonConnection' as const,
          totalCount: 21,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor },
          edges: list.map((node) => ({ __typename: 'PersonEdge' as const, cursor: node.id, node })),
        },
      },
    });
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: [
        me,
        { request: { query: PEOPLE_QUERY, variables: { search: null, role: null, first: 20 } }, result: answer([host], true, 'cursor-20') },
        {
          request: { query: PEOPLE_QUERY, variables: { search: null, role: null, first: 20, after: 'cursor-20' } },
          result: answer([other], false, 'cursor-21'),
        },
      ],
    });
    await screen.findByText('汾西县副县长');
    expect(screen.getByTestId('pager-info').textContent).toBe('共 21 条 · 第 1 / 2 页');
    fireEvent.click(screen.getByTestId('page-next'));
    await screen.findByText('交城县财政局');
    expect(screen.queryByText('汾西县副县长')).toBeNull();
    expect(screen.getByTestId('pager-info').textContent).toBe('共 21 条 · 第 2 / 2 页');
    fireEvent.click(screen.getByTestId('page-prev'));
    await screen.findByText('汾西县副县长');
  });

  it('shows each person with a masked phone and their roles with scopes in words', async () => {
    renderWithProviders(page, { store: signedInStore(), mocks: [me, people([host])] });
    const card = await screen.findByTestId('person');
    expect(card.textContent).toContain('138****0005');
    expect(within(card).getByTestId('person-role').textContent).toContain('主播 · 汾西县');
    expect(screen.getByTestId('people-total').textContent).toBe('共 1 人');
  });

  it('asks for a reason before withdrawing, and shows the server’s refusal in its own words', async () => {
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: [
        me,
        people([host]),
        {
          request: { query: WITHDRAW_ROLE_MUTATION, variables: { input: { grantId: 'g-host', reason: '调任他职' } } },
          result: {
            errors: [new GraphQLError('这是最后一位平台管理员，不能撤销其平台管理员角色', { extensions: { code: 'LAST_PLATFORM_ADMIN' } })],
          },
        },
      ],
    });
    fireEvent.click(await screen.findByTestId('withdraw-role'));
    const dialog = screen.getByTestId('reason-dialog');
    expect(dialog.textContent).toContain('撤销 汾西县副县长 的「主播 · 汾西县」');
    fireEvent.change(within(dialog).getByTestId('reason'), { target: { value: '调' } });
    fireEvent.click(within(dialog).getByTestId('confirm'));
    expect(within(dialog).getByRole('alert').textContent).toBe('请填写原因（至少 2 个字）');
    fireEvent.change(within(dialog).getByTestId('reason'), { target: { value: '调任他职' } });
    fireEvent.click(within(dialog).getByTestId('confirm'));
    expect((await within(dialog).findByText(/最后一位平台管理员/)).textContent).toBe('这是最后一位平台管理员，不能撤销其平台管理员角色');
  });

  it('grants a host for a county chosen by name, with the reason', async () => {
    const granted = person('u-host', '汾西县副县长', [
      role('g-host', 'live_host', '汾西县', '141034'),
      role('g-2', 'live_host', '交城县', '141122'),
    ]);
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: [
        me,
        people([host]),
        regionChildren('', [['140000', '山西省', 'province']]),
        regionChildren('140000', [
          ['141000', '临汾市', 'city'],
          ['141100', '吕梁市', 'city'],
        ]),
        regionChildren('141100', [['141122', '交城县', 'county']]),
        {
          request: {
            query: GRANT_ROLE_MUTATION,
            variables: {
              input: { userId: 'u-host', role: 'live_host', unitId: null, supplierId: null, regionCode: '141122', reason: '交城县直播' },
            },
          },
          result: { data: { __typename: 'Mutation' as const, grantRole: granted } },
        },
      ],
    });
    fireEvent.click(await screen.findByTestId('grant-role-open'));
    fireEvent.change(screen.getByTestId('grant-role'), { target: { value: 'live_host' } });
    // 省 → 市 → 县, each level's options loaded once the level above is chosen (not every county at once).
    const pick = async (name: string, option: string, code: string) => {
      await screen.findByRole('option', { name: option });
      fireEvent.change(document.querySelector(`select[name="${name}"]`) as HTMLSelectElement, { target: { value: code } });
    };
    await pick('provinceCode', '山西省', '140000');
    await pick('cityCode', '吕梁市', '141100');
    await pick('countyCode', '交城县', '141122');
    fireEvent.change(screen.getByTestId('reason'), { target: { value: '交城县直播' } });
    fireEvent.click(screen.getByTestId('confirm'));
    expect(await screen.findByText('· 交城县')).toBeTruthy();
    // The list shows the grant from Apollo's cache a render before the dialog closes on the mutation's answer.
    await waitFor(() => expect(screen.queryByTestId('grant-form')).toBeNull());
  });
});
