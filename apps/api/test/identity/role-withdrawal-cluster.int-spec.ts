import { createTestApp, registerPerson, SecondApi, startSecondApi, stopSecondApi, TestApp } from '@yigou/server/testing';

const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id roles { id role } } }`;
const WITHDRAW = `mutation($input: WithdrawRoleInput!) { withdrawRole(input: $input) { id } }`;
const SUSPEND = `mutation($input: AccountStatusInput!) { suspendAccount(input: $input) { id } }`;
/** county_admin or platform_admin only. */
const COUNTY_DESK = `query { supplierReviewQueue { __typename } }`;

describe('a withdrawal or suspension made on one API process counts on the next request to any other', () => {
  let t: TestApp;
  let other: SecondApi;
  beforeAll(async () => {
    t = await createTestApp();
    other = await startSecondApi(t);
  });
  afterAll(async () => {
    await stopSecondApi(other.child);
    await t.close();
  });

  it('the holder’s token, already used on the other process, is refused the role there on the very next request', async () => {
    const admin = await t.loginAs('admin');
    const { token, id } = await registerPerson(t, '跨进程测试');
    const user = { id };
    const granted = await t.gql<{ grantRole: { roles: { id: string; role: string }[] } }>(GRANT, { input: { userId: user.id, role: 'county_admin', regionCode: '141034', reason: '跨进程测试任命' } }, admin);
    const grantId = granted.data!.grantRole.roles.find((r) => r.role === 'county_admin')!.id;

    // The other process has verified (and cached) this token and served the desk.
    expect((await other.gql(COUNTY_DESK, {}, token)).errors).toBeUndefined();
    expect((await other.gql(COUNTY_DESK, {}, token)).errors).toBeUndefined();

    expect((await t.gql(WITHDRAW, { input: { grantId, reason: '跨进程测试撤销' } }, admin)).errors).toBeUndefined();
    expect((await other.gql(COUNTY_DESK, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await t.gql(SUSPEND, { input: { userId: user.id, reason: '跨进程测试停用' } }, admin)).errors).toBeUndefined();
    expect((await other.gql(`query { me { id } }`, {}, token)).errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
  });
});
