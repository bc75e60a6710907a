import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import {
  ACTIVE_UNIT_INVITE_QUERY,
  CREATE_UNIT_INVITE_MUTATION,
  DECIDE_UNIT_JOIN_REQUEST_MUTATION,
  REMOVE_UNIT_MEMBER_MUTATION,
  UNIT_JOIN_REQUESTS_QUERY,
  UNIT_MEMBERS_QUERY,
} from '../graphql/unit.documents';
import { ROLE_HOLDERS_QUERY } from '../../people/graphql/people.documents';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { UnitMembersPage } from './UnitMembersPage';

const UNIT = 'unit-fenxi-no1-school';
const admin = sessionUser({
  id: 'u-unit-admin',
  displayName: '汾西一中 李老师',
  roles: [{ __typename: 'RoleGrant', role: 'unit_admin', scopeLabel: '汾西县第一中学', unitId: UNIT, supplierId: null, regionCode: null }],
  unit: null,
});
const me = (user = admin) => ({ request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me: user } } });
const invite = {
  __typename: 'WorkUnitInvite' as const,
  id: 'inv-1',
  code: 'ABCD2345',
  link: '/join-unit?code=ABCD2345',
  expiresAt: '2026-12-30T00:00:00.000Z',
};
const activeInvite = (value: typeof invite | null) => ({
  request: { query: ACTIVE_UNIT_INVITE_QUERY, variables: { unitId: UNIT } },
  result: { data: { __typename: 'Query' as const, activeUnitInvite: value } },
});
const request = {
  __typename: 'UnitJoinRequest' as const,
  id: 'req-1',
  userId: 'u-zhang',
  userDisplayName: '张会计',
  status: 'pending',
  createdAt: '2026-11-29T02:00:00.000Z',
};
const requests = (list: (typeof request)[]) => ({
  request: { query: UNIT_JOIN_REQUESTS_QUERY, variables: { unitId: UNIT } },
  result: { data: { __typename: 'Query' as const, unitJoinRequests: list } },
});
const member = (id: string, displayName: string) => ({ __typename: 'UnitMember' as const, id, displayName });
const members = (list: ReturnType<typeof member>[]) => ({
  request: { query: UNIT_MEMBERS_QUERY, variables: { unitId: UNIT } },
  result: { data: { __typename: 'Query' as const, unitMembers: list } },
});

/** The purchasers panel's list (people module): nobody yet. */
const holders = {
  request: { query: ROLE_HOLDERS_QUERY, variables: { scope: { unitId: UNIT } } },
  result: { data: { __typename: 'Query' as const, roleHolders: [] } },
};

/** The admin's page with these open requests and members. */
const opened = (open: (typeof request)[], list: ReturnType<typeof member>[]) => [
  holders,
  me(),
  activeInvite(invite),
  requests(open),
  members(list),
];

/** The admin's page with no open requests and these members. */
const withMembers = (list: ReturnType<typeof member>[]) => opened([], list);

/**
 * The admin's page with 张会计's request open and `before` as members; the admin decides it (`reason` with a
 * rejection), the server answers, and the page reads the requests (none left) and the members (`after`) again.
 */
const deciding = (
  decision: { approve: true } | { approve: false; reason: string },
  before: ReturnType<typeof member>[],
  after: ReturnType<typeof member>[],
) => [
  ...opened([request], before),
  {
    request: { query: DECIDE_UNIT_JOIN_REQUEST_MUTATION, variables: { requestId: 'req-1', ...decision } },
    result: {
      data: {
        __typename: 'Mutation' as const,
        decideUnitJoinRequest: {
          __typename: 'UnitJoinRequest' as const,
          id: 'req-1',
          status: decision.approve ? 'approved' : 'rejected',
          reason: decision.approve ? null : decision.reason,
        },
      },
    },
  },
  requests([]),
  members(after),
];

afterEach(() => vi.restoreAllMocks());

const page = (
  <RequireAuth>
    <UnitMembersPage />
  </RequireAuth>
);

describe('Unit members page', () => {
  it('creates an invitation when there is none and shows its code and full link', async () => {
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: [
        holders,
        me(),
        activeInvite(null),
        requests([]),
        members([]),
        {
          request: { query: CREATE_UNIT_INVITE_MUTATION, variables: { unitId: UNIT } },
          result: { data: { __typename: 'Mutation' as const, createUnitInvite: invite } },
        },
      ],
    });
    expect((await screen.findByTestId('members-unit-name')).textContent).toBe('汾西县第一中学');
    fireEvent.click(await screen.findByTestId('create-invite'));
    expect((await screen.findByTestId('invite-code')).textContent).toBe('ABCD2345');
    expect((screen.getByTestId('invite-link') as HTMLInputElement).value).toBe(`${window.location.origin}/join-unit?code=ABCD2345`);
    expect(await screen.findByTestId('no-requests')).toBeTruthy();
    expect((await within(await screen.findByTestId('members-panel')).findByTestId('empty-state')).textContent).toContain(
      '本单位还没有成员',
    );
  });

  it('copies the invitation link', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(page, { store: signedInStore(), mocks: withMembers([]) });
    fireEvent.click(await screen.findByTestId('copy-invite-link'));
    await waitFor(() => expect(screen.getByTestId('copy-invite-link').textContent).toBe('已复制'));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/join-unit?code=ABCD2345`);
  });

  it('approving a request refreshes requests and members', async () => {
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: deciding({ approve: true }, [member('u-li', '李老师')], [member('u-li', '李老师'), member('u-zhang', '张会计')]),
    });
    const row = await screen.findByTestId('join-request');
    expect(row.textContent).toContain('张会计');
    fireEvent.click(within(row).getByTestId('approve-request'));
    await waitFor(() => expect(screen.getAllByTestId('member').map((m) => m.textContent)).toEqual(['李老师移除', '张会计移除']));
    expect(screen.getByTestId('no-requests')).toBeTruthy();
  });

  it('rejecting asks for an optional reason the requester will see, checks its length and sends it', async () => {
    renderWithProviders(page, { store: signedInStore(), mocks: deciding({ approve: false, reason: '请使用单位邮箱注册' }, [], []) });
    const row = await screen.findByTestId('join-request');
    fireEvent.click(within(row).getByTestId('reject-request'));
    const form = screen.getByTestId('reject-form');
    const input = within(form).getByLabelText('拒绝理由（可选，申请人可见，最多 200 字）');
    fireEvent.change(input, { target: { value: '理'.repeat(201) } });
    fireEvent.submit(form);
    expect(screen.getByRole('alert').textContent).toBe('拒绝理由最多 200 个字');
    fireEvent.change(input, { target: { value: ' 请使用单位邮箱注册 ' } });
    fireEvent.submit(form);
    expect(await screen.findByTestId('no-requests')).toBeTruthy();
  });

  it('removes a member after confirmation and shows the server’s refusal', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: [
        ...withMembers([member('u-li', '李老师'), member('u-zhang', '张会计')]),
        {
          request: { query: REMOVE_UNIT_MEMBER_MUTATION, variables: { unitId: UNIT, userId: 'u-zhang' } },
          result: { errors: [new GraphQLError('该用户不是本单位成员', { extensions: { code: 'NOT_FOUND' } })] },
        },
      ],
    });
    const rows = await screen.findAllByTestId('member');
    fireEvent.click(within(rows[1]).getByTestId('remove-member'));
    expect(window.confirm).toHaveBeenCalledWith('确定将 张会计 移出本单位吗？其已下的订单仍计入本单位；其在本单位的采购员身份将一并撤销。');
    expect((await screen.findByRole('alert')).textContent).toBe('该用户不是本单位成员');
  });

  it('offers 移除 on the others’ rows, not on the admin’s own (who leaves with 退出单位)', async () => {
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: withMembers([member(admin.id, admin.displayName), member('u-zhang', '张会计')]),
    });
    const rows = await screen.findAllByTestId('member');
    expect(rows[0].textContent).toContain('（我）');
    expect(within(rows[0]).queryByTestId('remove-member')).toBeNull();
    expect(within(rows[1]).getByTestId('remove-member').textContent).toBe('移除');
  });

  it('pages a long member list 20 at a time', async () => {
    const many = Array.from({ length: 45 }, (_, i) => member(`u-${i}`, `成员${String(i + 1).padStart(2, '0')}`));
    renderWithProviders(page, { store: signedInStore(), mocks: withMembers(many) });
    await waitFor(() => expect(screen.getAllByTestId('member')).toHaveLength(20));
    expect(screen.getByTestId('members-page').textContent).toBe('第 1 / 3 页');
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getAllByTestId('member').map((m) => m.textContent?.replace('移除', ''))).toEqual([
      '成员41',
      '成员42',
      '成员43',
      '成员44',
      '成员45',
    ]);
  });

  it('shows an error with retry when the members cannot be loaded', async () => {
    renderWithProviders(page, {
      store: signedInStore(),
      mocks: [
        holders,
        me(),
        activeInvite(invite),
        requests([]),
        {
          request: { query: UNIT_MEMBERS_QUERY, variables: { unitId: UNIT } },
          result: { errors: [new GraphQLError('只有本单位的管理员可以执行此操作', { extensions: { code: 'FORBIDDEN' } })] },
        },
      ],
    });
    const panel = await screen.findByTestId('members-panel');
    await waitFor(() => expect(within(panel).getByTestId('error-state').textContent).toContain('只有本单位的管理员可以执行此操作'));
  });

  it('someone who administers no unit is told so', async () => {
    renderWithProviders(page, { store: signedInStore(), mocks: [holders, me(sessionUser())] });
    expect((await screen.findByTestId('empty-state')).textContent).toContain('只有单位管理员可以管理成员');
  });
});
