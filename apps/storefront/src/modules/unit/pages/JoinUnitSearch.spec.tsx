import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import {
  MY_UNIT_JOIN_REQUESTS_QUERY,
  REQUEST_TO_JOIN_UNIT_MUTATION,
  SEARCH_WORK_UNITS_QUERY,
  WITHDRAW_UNIT_JOIN_REQUEST_MUTATION,
} from '../graphql/unit.documents';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { JoinUnitPage } from './JoinUnitPage';

const noUnit = sessionUser({ id: 'u-new', displayName: '新同事', roles: [], unit: null });
const me = (user: ReturnType<typeof sessionUser>) => ({
  request: { query: ME_QUERY },
  result: { data: { __typename: 'Query' as const, me: user } },
});

type Req = { id: string; unitId: string; unitName: string; status: string; reason: string | null };
const mine = (list: Req[]) => ({
  request: { query: MY_UNIT_JOIN_REQUESTS_QUERY },
  result: {
    data: {
      __typename: 'Query' as const,
      myUnitJoinRequests: list.map((r) => ({
        __typename: 'UnitJoinRequest' as const,
        createdAt: '2026-11-29T08:00:00.000Z',
        decidedAt: null,
        ...r,
      })),
    },
  },
});
const unit = (id: string, name: string, parentName: string | null = null) => ({
  __typename: 'UnitSearchResult' as const,
  id,
  name,
  regionCode: '141034',
  regionName: '汾西县',
  parentName,
});
const page = (search: string, nodes: ReturnType<typeof unit>[], opts: { after?: string; next?: string; total?: number } = {}) => ({
  request: { query: SEARCH_WORK_UNITS_QUERY, variables: opts.after ? { search, first: 20, after: opts.after } : { search, first: 20 } },
  result: {
    data: {
      __typename: 'Query' as const,
      searchWorkUnits: {
        __typename: 'UnitSearchConnection' as const,
        totalCount: opts.total ?? nodes.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: !!opts.next, endCursor: opts.next ?? null },
        edges: nodes.map((node) => ({ __typename: 'UnitSearchEdge' as const, cursor: `c-${node.id}`, node })),
      },
    },
  },
});

const view = (
  <RequireAuth>
    <JoinUnitPage />
  </RequireAuth>
);
function search(text: string) {
  fireEvent.change(screen.getByLabelText('单位名称'), { target: { value: text } });
  fireEvent.submit(screen.getByTestId('unit-search-form'));
}

afterEach(() => vi.restoreAllMocks());

describe('Join unit page: search a unit and ask to join', () => {
  it('finds units, loads more, sends a request and shows it pending; the request can be withdrawn', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const pendingReq = { id: 'r1', unitId: 'school', unitName: '汾西县第一中学', status: 'pending', reason: null };
    renderWithProviders(view, {
      route: '/join-unit',
      store: signedInStore(),
      mocks: [
        me(noUnit),
        mine([]),
        page('中学', [unit('a', '汾西县第二中学', '汾西县教育科技局')], { next: 'c-a', total: 2 }),
        page('中学', [unit('school', '汾西县第一中学', '汾西县教育科技局')], { after: 'c-a', total: 2 }),
        {
          request: { query: REQUEST_TO_JOIN_UNIT_MUTATION, variables: { unitId: 'school' } },
          result: {
            data: {
              __typename: 'Mutation' as const,
              requestToJoinUnit: { __typename: 'UnitJoinRequest' as const, id: 'r1', status: 'pending' },
            },
          },
        },
        mine([pendingReq]),
        {
          request: { query: WITHDRAW_UNIT_JOIN_REQUEST_MUTATION, variables: { requestId: 'r1' } },
          result: {
            data: {
              __typename: 'Mutation' as const,
              withdrawUnitJoinRequest: { __typename: 'UnitJoinRequest' as const, id: 'r1', status: 'withdrawn' },
            },
          },
        },
        mine([{ ...pendingReq, status: 'withdrawn' }]),
      ],
    });
    expect(await screen.findByTestId('no-my-requests')).toBeTruthy();
    search('  中学 ');
    const first = await screen.findAllByTestId('unit-search-result');
    expect(first).toHaveLength(1);
    expect(first[0].textContent).toContain('汾西县第二中学');
    expect(first[0].textContent).toContain('主管单位：汾西县教育科技局');
    expect(screen.getByTestId('unit-search-count').textContent).toBe('找到 2 个单位');

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    await waitFor(() => expect(screen.getAllByTestId('unit-search-result')).toHaveLength(2));
    const school = screen.getAllByTestId('unit-search-result')[1];
    expect(school.textContent).toContain('汾西县第一中学');

    fireEvent.click(within(school).getByTestId('unit-request-join'));
    expect((await screen.findByTestId('unit-request-sent')).textContent).toBe('已提交申请，请等待单位管理员审批');
    const row = await screen.findByTestId('my-join-request');
    expect(within(row).getByTestId('my-join-request-status').textContent).toBe('待审批');
    expect(screen.getByTestId('unit-search-blocked').textContent).toContain('待审批');
    expect((screen.getAllByTestId('unit-request-join')[0] as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(row).getByTestId('withdraw-request'));
    expect(confirm).toHaveBeenCalledWith('确定撤回对 汾西县第一中学 的加入申请吗？');
    await waitFor(() => expect(screen.getByTestId('my-join-request-status').textContent).toBe('已撤回'));
    expect(screen.queryByTestId('withdraw-request')).toBeNull();
    expect(screen.queryByTestId('unit-search-blocked')).toBeNull();
  });

  it('shows a rejection with its reason, an approval, an empty search and a blank search', async () => {
    renderWithProviders(view, {
      route: '/join-unit',
      store: signedInStore(),
      mocks: [
        me(noUnit),
        mine([
          { id: 'r2', unitId: 'h', unitName: '汾西县人民医院', status: 'rejected', reason: '请使用单位邮箱注册' },
          { id: 'r1', unitId: 'school', unitName: '汾西县第一中学', status: 'approved', reason: null },
        ]),
        page('不存在', []),
      ],
    });
    const rows = await screen.findAllByTestId('my-join-request');
    expect(within(rows[0]).getByTestId('my-join-request-status').textContent).toBe('已拒绝');
    expect(within(rows[0]).getByTestId('my-join-request-reason').textContent).toBe('拒绝理由：请使用单位邮箱注册');
    expect(within(rows[1]).getByTestId('my-join-request-status').textContent).toBe('已通过');

    fireEvent.submit(screen.getByTestId('unit-search-form'));
    expect(within(screen.getByTestId('unit-search-form')).getByText('请输入单位名称')).toBeTruthy();
    search('不存在');
    expect((await screen.findByTestId('unit-search-empty')).textContent).toContain('没有找到名称包含“不存在”的单位');
  });

  it('explains a refused request and a failed search in Chinese; a member of a unit cannot ask', async () => {
    renderWithProviders(view, {
      route: '/join-unit',
      store: signedInStore(),
      mocks: [
        me(sessionUser()),
        mine([]),
        {
          request: { query: SEARCH_WORK_UNITS_QUERY, variables: { search: '医院', first: 20 } },
          result: { errors: [new GraphQLError('服务繁忙', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] },
        },
      ],
    });
    expect((await screen.findByTestId('unit-search-blocked')).textContent).toContain('您已属于 汾西县人民政府办公室');
    search('医院');
    expect(within(await screen.findByTestId('error-state')).getByRole('button')).toBeTruthy();
  });

  it('offers the search in English', async () => {
    renderWithProviders(view, { route: '/join-unit', locale: 'en', store: signedInStore(), mocks: [me(noUnit), mine([])] });
    expect(await screen.findByText('Find your unit and ask to join')).toBeTruthy();
    expect(await screen.findByText('You have not asked to join a unit yet')).toBeTruthy();
  });
});
