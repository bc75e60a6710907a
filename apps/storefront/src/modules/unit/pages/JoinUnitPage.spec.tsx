import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { Route } from 'react-router-dom';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { JOIN_UNIT_BY_CODE_MUTATION, MY_UNIT_JOIN_REQUESTS_QUERY, UNIT_INVITE_PREVIEW_QUERY } from '../graphql/unit.documents';
import { sessionUser } from '../../../test/fixtures';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { JoinUnitPage } from './JoinUnitPage';

const SCHOOL = 'unit-fenxi-no1-school';
const noUnit = sessionUser({ id: 'u-new', displayName: '新同事', roles: [], unit: null });
const inSchool = sessionUser({
  id: 'u-new',
  displayName: '新同事',
  roles: [],
  unit: {
    __typename: 'WorkUnit',
    id: SCHOOL,
    name: '汾西县第一中学',
    headcount: 210,
    region: { __typename: 'Region', code: '141034', name: '汾西县', fullName: '山西省临汾市汾西县' },
  },
});
const me = (user: ReturnType<typeof sessionUser>) => ({
  request: { query: ME_QUERY },
  result: { data: { __typename: 'Query' as const, me: user } },
});
const preview = (code: string) => ({
  request: { query: UNIT_INVITE_PREVIEW_QUERY, variables: { code } },
  result: {
    data: {
      __typename: 'Query' as const,
      unitInvitePreview: {
        __typename: 'UnitInvitePreview' as const,
        code,
        unitId: SCHOOL,
        unitName: '汾西县第一中学',
        regionCode: '141034',
        expiresAt: '2026-12-30T00:00:00.000Z',
      },
    },
  },
});
const badCode = (code: string) => ({
  request: { query: UNIT_INVITE_PREVIEW_QUERY, variables: { code } },
  result: { errors: [new GraphQLError('邀请码无效或已过期', { extensions: { code: 'BAD_USER_INPUT', field: 'code' } })] },
});
/** The server's answer to joining with code ABCD2345: the unit joined, or a refusal. */
const join = (result: { data: object } | { errors: GraphQLError[] }) => ({
  request: { query: JOIN_UNIT_BY_CODE_MUTATION, variables: { code: 'ABCD2345' } },
  result,
});

/** Without a code the page also lists the person's own join requests. */
const noRequests = {
  request: { query: MY_UNIT_JOIN_REQUESTS_QUERY },
  result: { data: { __typename: 'Query' as const, myUnitJoinRequests: [] } },
};

const page = (
  <RequireAuth>
    <JoinUnitPage />
  </RequireAuth>
);

describe('Join unit page', () => {
  it('shows the unit a code leads to and joins it', async () => {
    renderWithProviders(page, {
      route: '/join-unit?code=abcd2345',
      store: signedInStore(),
      mocks: [
        me(noUnit),
        preview('ABCD2345'),
        join({
          data: {
            __typename: 'Mutation' as const,
            joinUnitByCode: { __typename: 'WorkUnitNode' as const, id: SCHOOL, name: '汾西县第一中学' },
          },
        }),
        me(inSchool),
      ],
    });
    expect((await screen.findByTestId('join-unit-name')).textContent).toBe('汾西县第一中学');
    fireEvent.click(screen.getByTestId('join-unit'));
    expect((await screen.findByTestId('join-done')).textContent).toContain('已加入 汾西县第一中学');
  });

  it('explains an invalid or expired code in Chinese and offers to type another', async () => {
    renderWithProviders(page, {
      route: '/join-unit?code=ZZZZZZZZ',
      store: signedInStore(),
      mocks: [me(noUnit), badCode('ZZZZZZZZ'), noRequests],
    });
    expect((await screen.findByTestId('join-bad-code')).textContent).toContain('邀请码无效或已过期');
    fireEvent.click(screen.getByRole('button', { name: '换一个邀请码' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/join-unit'));
    expect(screen.getByTestId('join-code-form')).toBeTruthy();
  });

  it('a member of another unit is told to leave it first and gets no join button', async () => {
    renderWithProviders(page, {
      route: '/join-unit?code=ABCD2345',
      store: signedInStore(),
      mocks: [me(sessionUser()), preview('ABCD2345')],
    });
    const notice = await screen.findByTestId('join-other-unit');
    expect(notice.textContent).toContain('您已属于另一个工作单位');
    expect(notice.textContent).toContain('汾西县人民政府办公室');
    expect(screen.queryByTestId('join-unit')).toBeNull();
    expect(screen.getByTestId('leave-unit')).toBeTruthy();
  });

  it('shows the one-unit rule when the server refuses the join', async () => {
    renderWithProviders(page, {
      route: '/join-unit?code=ABCD2345',
      store: signedInStore(),
      mocks: [
        me(noUnit),
        preview('ABCD2345'),
        join({
          errors: [
            new GraphQLError('您已属于另一个工作单位，请先退出原单位再加入', { extensions: { code: 'ALREADY_IN_UNIT', field: 'unitId' } }),
          ],
        }),
      ],
    });
    fireEvent.click(await screen.findByTestId('join-unit'));
    expect((await screen.findByTestId('join-error')).textContent).toBe('您已属于另一个工作单位，请先退出原单位再加入。');
  });

  it('the form checks the code and opens it normalised', async () => {
    renderWithProviders(page, { route: '/join-unit', store: signedInStore(), mocks: [me(noUnit), noRequests, preview('ABCD2345')] });
    const input = (await screen.findByLabelText('邀请码')) as HTMLInputElement;
    fireEvent.submit(screen.getByTestId('join-code-form'));
    expect(screen.getByRole('alert').textContent).toBe('请输入邀请码');
    fireEvent.change(input, { target: { value: 'ab#' } });
    fireEvent.submit(screen.getByTestId('join-code-form'));
    expect(screen.getByRole('alert').textContent).toBe('邀请码为 4–16 位字母或数字');
    fireEvent.change(input, { target: { value: ' abcd2345 ' } });
    fireEvent.submit(screen.getByTestId('join-code-form'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/join-unit?code=ABCD2345'));
    expect((await screen.findByTestId('join-unit-name')).textContent).toBe('汾西县第一中学');
  });

  it('sends a visitor to sign in and back to the invitation', async () => {
    renderWithProviders(page, { route: '/join-unit?code=ABCD2345', extraRoutes: <Route path="/login" element={<p>login</p>} /> });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/login?next=%2Fjoin-unit%3Fcode%3DABCD2345'));
  });
});
