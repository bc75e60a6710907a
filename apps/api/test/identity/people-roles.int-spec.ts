import ExcelJS from 'exceljs';
import { RoleAuditService } from '@yigou/server/identity';
import {
  createTestApp,
  demoUnitIds,
  idsOnDays,
  MARCH_RANGE,
  MARCH_STAMPS,
  restampLog,
  registerPerson,
  TEST_PASSWORD,
  TestApp,
  walkPages,
} from '@yigou/server/testing';

const PEOPLE = `query($search: String, $unitId: ID, $role: Role, $first: Int, $after: String) {
  people(search: $search, unitId: $unitId, role: $role, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id displayName maskedPhone unitName suspended roles { id role scopeLabel regionCode unitId supplierId } } }
  } }`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id displayName roles { id role scopeLabel } } }`;
const WITHDRAW = `mutation($input: WithdrawRoleInput!) { withdrawRole(input: $input) { id roles { id role } } }`;
const SUSPEND = `mutation($input: AccountStatusInput!) { suspendAccount(input: $input) { id suspended } }`;
const RESTORE = `mutation($input: AccountStatusInput!) { restoreAccount(input: $input) { id suspended } }`;
const HOLDERS = `query($scope: RoleScopeInput!) { roleHolders(scope: $scope) { id displayName maskedPhone roles { id role scopeLabel } } }`;
const AUDIT = `query($userId: ID, $first: Int, $after: String) { roleAuditLog(userId: $userId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { action actorName actorRole targetName role scopeLabel reason createdAt } } } }`;
const EXPORT = `query { exportRoleAuditLog { filename contentBase64 } }`;
/** county_admin or platform_admin only: a probe of what a token may do now. */
const COUNTY_DESK = `query { supplierReviewQueue { __typename } }`;
const ME_ROLES = `query { me { id roles { role regionCode } } }`;

type Person = {
  id: string;
  displayName: string;
  maskedPhone: string | null;
  unitName: string | null;
  suspended: boolean;
  roles: { id: string; role: string; scopeLabel: string | null; regionCode?: string | null }[];
};

describe('people and roles: the platform admin appoints and withdraws, delegates within their scope, every change in the audit log', () => {
  let t: TestApp;
  let admin: string;
  let ids: Record<string, string>;
  let school: string;
  let hospital: string;
  let gaohan: string;
  let hongchang: string;

  const counts = async () => {
    const [r]: { grants: number; audit: number; disabled: number }[] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM role_grant) AS grants, (SELECT count(*)::int FROM role_audit_entry) AS audit, (SELECT count(*)::int FROM app_user WHERE disabled) AS disabled`,
    );
    return r;
  };
  const grantId = async (userId: string, role: string, scope: { regionCode?: string; unitId?: string; supplierId?: string } = {}) => {
    const [row]: { id: string }[] = await t.db.query(
      `SELECT id FROM role_grant WHERE user_id = $1 AND role = $2 AND region_code IS NOT DISTINCT FROM $3 AND unit_id IS NOT DISTINCT FROM $4::uuid AND supplier_id IS NOT DISTINCT FROM $5::uuid`,
      [userId, role, scope.regionCode ?? null, scope.unitId ?? null, scope.supplierId ?? null],
    );
    return row?.id;
  };
  /** A fresh registered person (a buyer), signed in. */
  const newPerson = (name: string) => registerPerson(t, name);

  beforeAll(async () => {
    t = await createTestApp();
    const users: { id: string; username: string }[] = await t.db.query(`SELECT id, username FROM app_user WHERE username IS NOT NULL`);
    ids = Object.fromEntries(users.map((u) => [u.username, u.id]));
    const units = await demoUnitIds(t);
    school = units['fenxi-no1-school'];
    hospital = units['fenxi-hospital'];
    const suppliers: { id: string; demo_key: string }[] = await t.db.query(
      `SELECT id, demo_key FROM supplier WHERE demo_key IN ('gaohan', 'hongchang')`,
    );
    gaohan = suppliers.find((s) => s.demo_key === 'gaohan')!.id;
    hongchang = suppliers.find((s) => s.demo_key === 'hongchang')!.id;
    admin = await t.loginAs('admin');
  });
  afterAll(() => t.close());

  it('finds people by name, masked phone and unit, paged, with roles and scopes in words and phones masked', async () => {
    const byName = await t.gql<{ people: { edges: { node: Person }[] } }>(PEOPLE, { search: '刘师傅' }, admin);
    expect(byName.errors).toBeUndefined();
    const supplier = byName.data!.people.edges.map((e) => e.node);
    expect(supplier).toHaveLength(1);
    expect(supplier[0]).toMatchObject({
      maskedPhone: '138****0004',
      roles: [{ role: 'supplier_staff', scopeLabel: '汾西县高寒农牧专业合作社' }],
    });

    const byMasked = await t.gql<{ people: { edges: { node: Person }[] } }>(PEOPLE, { search: '138****0005' }, admin);
    expect(byMasked.data!.people.edges.map((e) => e.node.displayName)).toEqual(['汾西县副县长']);
    expect(byMasked.data!.people.edges[0].node.roles).toEqual([
      expect.objectContaining({ role: 'live_host', scopeLabel: '汾西县', regionCode: '141034' }),
    ]);

    const byUnitName = await t.gql<{ people: { totalCount: number; edges: { node: Person }[] } }>(PEOPLE, { search: '第一中学' }, admin);
    expect(byUnitName.data!.people.edges.map((e) => e.node.displayName).sort()).toEqual(['张丽华', '李建国', '王晓文'].sort());
    expect(byUnitName.data!.people.edges.every((e) => e.node.unitName === '汾西县第一中学')).toBe(true);
    const admins = byUnitName.data!.people.edges.find((e) => e.node.displayName === '张丽华')!.node.roles;
    expect(admins).toContainEqual(expect.objectContaining({ role: 'unit_admin', scopeLabel: '汾西县第一中学' }));

    const first = await t.gql<{
      people: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: Person }[] };
    }>(PEOPLE, { unitId: school, first: 2 }, admin);
    expect(first.data!.people.totalCount).toBe(3);
    expect(first.data!.people.pageInfo.hasNextPage).toBe(true);
    const second = await t.gql<{ people: { pageInfo: { hasNextPage: boolean }; edges: { node: Person }[] } }>(
      PEOPLE,
      { unitId: school, first: 2, after: first.data!.people.pageInfo.endCursor },
      admin,
    );
    expect(second.data!.people.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.data!.people.edges, ...second.data!.people.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(3);

    const hosts = await t.gql<{ people: { edges: { node: Person }[] } }>(PEOPLE, { role: 'live_host' }, admin);
    expect(hosts.data!.people.edges.map((e) => e.node.displayName)).toEqual(['汾西县副县长']);

    const badCursor = await t.gql(PEOPLE, { after: 'bm9wZQ' }, admin);
    expect(badCursor.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
    const json = JSON.stringify(await t.gql(PEOPLE, { first: 100 }, admin));
    expect(json).not.toMatch(/1380000000\d/);
  });

  it('appoints a new host and a new county admin; their next request has the role, and a withdrawal ends it on the request after', async () => {
    const p = await newPerson('赵新任');
    expect((await t.gql(COUNTY_DESK, {}, p.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const host = await t.gql<{ grantRole: Person }>(
      GRANT,
      { input: { userId: p.id, role: 'live_host', regionCode: '141034', reason: '县里安排直播带货' } },
      admin,
    );
    expect(host.errors).toBeUndefined();
    expect(host.data!.grantRole.roles).toContainEqual(expect.objectContaining({ role: 'live_host', scopeLabel: '汾西县' }));
    const county = await t.gql<{ grantRole: Person }>(
      GRANT,
      { input: { userId: p.id, role: 'county_admin', regionCode: '141034', reason: '乡村振兴局新任主任' } },
      admin,
    );
    expect(county.errors).toBeUndefined();

    // The token issued before the grants: roles are read per request, not from the token.
    expect((await t.gql(COUNTY_DESK, {}, p.token)).errors).toBeUndefined();
    const me = await t.gql<{ me: { roles: { role: string }[] } }>(ME_ROLES, {}, p.token);
    expect(me.data!.me.roles.map((r) => r.role).sort()).toEqual(['buyer', 'county_admin', 'live_host']);

    const gid = await grantId(p.id, 'county_admin', { regionCode: '141034' });
    const withdrawn = await t.gql(WITHDRAW, { input: { grantId: gid, reason: '调任他职' } }, admin);
    expect(withdrawn.errors).toBeUndefined();
    const refused = await t.gql(COUNTY_DESK, {}, p.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const log = await t.gql<{ roleAuditLog: { edges: { node: Record<string, string> }[] } }>(AUDIT, { userId: p.id }, admin);
    expect(log.data!.roleAuditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: 'withdraw',
        actorName: '平台管理员',
        actorRole: 'platform_admin',
        targetName: '赵新任',
        role: 'county_admin',
        scopeLabel: '汾西县',
        reason: '调任他职',
      }),
      expect.objectContaining({ action: 'grant', role: 'county_admin', scopeLabel: '汾西县', reason: '乡村振兴局新任主任' }),
      expect.objectContaining({ action: 'grant', role: 'live_host', scopeLabel: '汾西县', reason: '县里安排直播带货' }),
    ]);
  });

  it('refuses bad grants with a Chinese message and writes nothing', async () => {
    const p = await newPerson('钱不对');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ userId: p.id, role: 'live_host', regionCode: '141034', reason: '' }, 'BAD_USER_INPUT', /原因/],
      [{ userId: p.id, role: 'live_host', regionCode: '141034', reason: ' 好 ' }, 'BAD_USER_INPUT', /原因/],
      [{ userId: p.id, role: 'live_host', regionCode: '141034', reason: '长'.repeat(201) }, 'BAD_USER_INPUT', /200/],
      [{ userId: p.id, role: 'buyer', reason: '试一下授权' }, 'BAD_USER_INPUT', /个人买家/],
      [{ userId: p.id, role: 'unit_purchaser', reason: '试一下授权' }, 'BAD_USER_INPUT', /单位/],
      [{ userId: p.id, role: 'supplier_staff', reason: '试一下授权' }, 'BAD_USER_INPUT', /供应商/],
      [{ userId: p.id, role: 'county_admin', reason: '试一下授权' }, 'BAD_USER_INPUT', /县/],
      [{ userId: p.id, role: 'county_admin', regionCode: '141000', reason: '试一下授权' }, 'BAD_USER_INPUT', /不能是省或市/],
      [{ userId: p.id, role: 'county_admin', regionCode: '141099', reason: '试一下授权' }, 'BAD_USER_INPUT', /找不到该县/],
      [{ userId: p.id, role: 'platform_finance', regionCode: '141034', reason: '试一下授权' }, 'BAD_USER_INPUT', /平台角色不限定/],
      [
        { userId: p.id, role: 'unit_admin', unitId: school, regionCode: '141034', reason: '试一下授权' },
        'BAD_USER_INPUT',
        /只能限定一个范围/,
      ],
      [
        { userId: p.id, role: 'unit_admin', unitId: '00000000-0000-4000-8000-000000000000', reason: '试一下授权' },
        'NOT_FOUND',
        /找不到该工作单位/,
      ],
      [
        { userId: p.id, role: 'supplier_staff', supplierId: '00000000-0000-4000-8000-000000000000', reason: '试一下授权' },
        'NOT_FOUND',
        /找不到该供应商/,
      ],
      [{ userId: '00000000-0000-4000-8000-000000000000', role: 'platform_finance', reason: '试一下授权' }, 'NOT_FOUND', /找不到该用户/],
      [{ phone: '13912345678', role: 'platform_finance', reason: '试一下授权' }, 'BAD_USER_INPUT', /尚未注册/],
      [{ phone: '1391234', role: 'platform_finance', reason: '试一下授权' }, 'BAD_USER_INPUT', /手机号/],
      [{ userId: p.id, phone: p.phone, role: 'platform_finance', reason: '试一下授权' }, 'BAD_USER_INPUT', /一位用户/],
      [{ role: 'platform_finance', reason: '试一下授权' }, 'BAD_USER_INPUT', /一位用户/],
      [{ userId: ids['host'], role: 'live_host', regionCode: '141034', reason: '重复授予' }, 'ALREADY_HOLDS_ROLE', /已拥有此角色/],
    ];
    const before = await counts();
    for (const [input, code, message] of cases) {
      const r = await t.gql(GRANT, { input }, admin);
      expect({ input, code: r.errors?.[0].extensions?.code }).toEqual({ input, code });
      expect(r.errors?.[0].message).toMatch(message);
      expect(r.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await counts()).toEqual(before);

    const notABuyerGrant = await t.gql(WITHDRAW, { input: { grantId: await grantId(p.id, 'buyer'), reason: '撤销买家' } }, admin);
    expect(notABuyerGrant.errors?.[0].message).toMatch(/个人买家/);
    const gone = await t.gql(WITHDRAW, { input: { grantId: '00000000-0000-4000-8000-000000000000', reason: '撤销不存在' } }, admin);
    expect(gone.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noReason = await t.gql(
      WITHDRAW,
      { input: { grantId: await grantId(ids['host'], 'live_host', { regionCode: '141034' }), reason: ' ' } },
      admin,
    );
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await counts()).toEqual(before);
  });

  it('county admins give and take the county roles of their own county only; nothing written when refused', async () => {
    const county = await t.loginAs('county-admin');
    const p = await newPerson('孙财政');
    const ok = await t.gql<{ grantRole: Person }>(
      GRANT,
      { input: { phone: p.phone, role: 'finance_reviewer', regionCode: '141034', reason: '财政局新任审核员' } },
      county,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.grantRole.roles).toEqual([expect.objectContaining({ role: 'finance_reviewer', scopeLabel: '汾西县' })]);

    // Made by the platform admin in another county, to try withdrawing it from here.
    await t.gql(GRANT, { input: { userId: p.id, role: 'live_host', regionCode: '141122', reason: '交城县主播' } }, admin);
    const before = await counts();
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ userId: p.id, role: 'county_admin', regionCode: '141122', reason: '越权任命' }, /只能任免本县/],
      [{ userId: p.id, role: 'auditor', regionCode: '141034', reason: '越权任命' }, /县管理员、财政审核员和主播/],
      [{ userId: p.id, role: 'unit_purchaser', unitId: school, reason: '越权任命' }, /县管理员、财政审核员和主播/],
      [{ userId: p.id, role: 'platform_admin', reason: '越权任命' }, /县管理员、财政审核员和主播/],
    ];
    for (const [input, message] of refusals) {
      const r = await t.gql(GRANT, { input }, county);
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toMatch(message);
    }
    const other = await t.gql(
      WITHDRAW,
      { input: { grantId: await grantId(p.id, 'live_host', { regionCode: '141122' }), reason: '越权撤销' } },
      county,
    );
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const theirs = await t.gql(HOLDERS, { scope: { regionCode: '141122' } }, county);
    expect(theirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const holders = await t.gql<{ roleHolders: Person[] }>(HOLDERS, { scope: { regionCode: '141034' } }, county);
    const sun = holders.data!.roleHolders.find((h) => h.id === p.id)!;
    expect(sun.roles.map((r) => r.role)).toEqual(['finance_reviewer']); // not the 交城县 host role
    const out = await t.gql(WITHDRAW, { input: { grantId: sun.roles[0].id, reason: '调离财政局' } }, county);
    expect(out.errors).toBeUndefined();
    const log = await t.gql<{ roleAuditLog: { edges: { node: Record<string, string> }[] } }>(AUDIT, { userId: p.id, first: 1 }, admin);
    expect(log.data!.roleAuditLog.edges[0].node).toMatchObject({
      action: 'withdraw',
      actorRole: 'county_admin',
      actorName: '汾西县乡村振兴局 赵主任',
      role: 'finance_reviewer',
      reason: '调离财政局',
    });
  });

  it('unit admins appoint and withdraw their own unit’s purchasers, only among its members', async () => {
    const unitAdmin = await t.loginAs('unit-admin');
    const before = await counts();
    const outside = await t.gql(
      GRANT,
      { input: { userId: ids['buyer'], role: 'unit_purchaser', unitId: hospital, reason: '越权任命' } },
      unitAdmin,
    );
    expect(outside.errors?.[0]).toMatchObject({ message: '您只能任免本单位的采购员', extensions: { code: 'FORBIDDEN' } });
    const adminRole = await t.gql(
      GRANT,
      { input: { userId: ids['buyer'], role: 'unit_admin', unitId: school, reason: '越权任命' } },
      unitAdmin,
    );
    expect(adminRole.errors?.[0]).toMatchObject({ message: '单位管理员只能任免本单位的采购员', extensions: { code: 'FORBIDDEN' } });
    const stranger = await t.gql(
      GRANT,
      { input: { userId: ids['supplier'], role: 'unit_purchaser', unitId: school, reason: '食堂采购' } },
      unitAdmin,
    );
    expect(stranger.errors?.[0].message).toMatch(/本单位成员/);
    const otherAdmin = await t.gql(HOLDERS, { scope: { unitId: hospital } }, unitAdmin);
    expect(otherAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const ok = await t.gql<{ grantRole: Person }>(
      GRANT,
      { input: { userId: ids['buyer'], role: 'unit_purchaser', unitId: school, reason: '负责食堂采购' } },
      unitAdmin,
    );
    expect(ok.errors).toBeUndefined();
    const holders = await t.gql<{ roleHolders: Person[] }>(HOLDERS, { scope: { unitId: school } }, unitAdmin);
    const wang = holders.data!.roleHolders.find((h) => h.id === ids['buyer'])!;
    expect(wang.maskedPhone).toBe('138****0001');
    const purchaser = wang.roles.find((r) => r.role === 'unit_purchaser')!;
    expect(purchaser.scopeLabel).toBe('汾西县第一中学');
    const out = await t.gql(WITHDRAW, { input: { grantId: purchaser.id, reason: '不再负责采购' } }, unitAdmin);
    expect(out.errors).toBeUndefined();
    const notTheirs = await t.gql(
      WITHDRAW,
      { input: { grantId: await grantId(ids['unit-admin'], 'unit_admin', { unitId: school }), reason: '撤销管理员' } },
      unitAdmin,
    );
    expect(notTheirs.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('supplier staff invite colleagues to their own supplier only', async () => {
    const staff = await t.loginAs('supplier');
    const p = await newPerson('刘二师傅');
    const ok = await t.gql<{ grantRole: Person }>(
      GRANT,
      { input: { phone: p.phone, role: 'supplier_staff', supplierId: gaohan, reason: '合作社新来的仓管' } },
      staff,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.grantRole.roles).toEqual([expect.objectContaining({ role: 'supplier_staff', scopeLabel: '汾西县高寒农牧专业合作社' })]);
    const before = await counts();
    const other = await t.gql(
      GRANT,
      { input: { phone: p.phone, role: 'supplier_staff', supplierId: hongchang, reason: '越权邀请' } },
      staff,
    );
    expect(other.errors?.[0]).toMatchObject({ message: '您只能邀请同事加入本供应商', extensions: { code: 'FORBIDDEN' } });
    const host = await t.gql(GRANT, { input: { phone: p.phone, role: 'live_host', regionCode: '141034', reason: '越权任命' } }, staff);
    expect(host.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
    const colleagues = await t.gql<{ roleHolders: Person[] }>(HOLDERS, { scope: { supplierId: gaohan } }, staff);
    expect(colleagues.data!.roleHolders.map((h) => h.displayName).sort()).toEqual(['刘二师傅', '高寒合作社 刘师傅'].sort());
    expect((await t.gql(HOLDERS, { scope: { supplierId: hongchang } }, staff)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A colleague leaves: withdrawn by their own supplier's staff; another supplier's staff role is not theirs to take.
    await t.gql(GRANT, { input: { userId: p.id, role: 'supplier_staff', supplierId: hongchang, reason: '洪昌公司兼职' } }, admin);
    const before2 = await counts();
    const notTheirs = await t.gql(
      WITHDRAW,
      { input: { grantId: await grantId(p.id, 'supplier_staff', { supplierId: hongchang }), reason: '越权撤销' } },
      staff,
    );
    expect(notTheirs.errors?.[0]).toMatchObject({ message: '您只能邀请同事加入本供应商', extensions: { code: 'FORBIDDEN' } });
    expect(await counts()).toEqual(before2);
    const left = await t.gql<{ withdrawRole: Person }>(
      WITHDRAW,
      { input: { grantId: await grantId(p.id, 'supplier_staff', { supplierId: gaohan }), reason: '离开合作社' } },
      staff,
    );
    expect(left.errors).toBeUndefined();
    expect(left.data!.withdrawRole.roles).toEqual([]); // only the scope changed is shown to a delegate
  });

  it('suspending ends the account’s sessions at once; restoring lets it sign in again; both logged', async () => {
    const p = await newPerson('周停用');
    expect((await t.gql(ME_ROLES, {}, p.token)).data).toMatchObject({ me: { id: p.id } });
    const noReason = await t.gql(SUSPEND, { input: { userId: p.id, reason: '' } }, admin);
    expect(noReason.errors?.[0].extensions?.field).toBe('reason');
    const s = await t.gql<{ suspendAccount: { suspended: boolean } }>(SUSPEND, { input: { userId: p.id, reason: '冒用他人身份' } }, admin);
    expect(s.data?.suspendAccount.suspended).toBe(true);
    expect((await t.gql(ME_ROLES, {}, p.token)).errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    const refreshed = await t.gql(`mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: p.refresh });
    expect(refreshed.errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    // Told plainly, but only once the password (or the SMS code) is proven: a wrong one reads as for any account.
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    const wrong = await t.gql(LOGIN, { input: { login: p.phone, password: 'not-the-password' } });
    expect(wrong.errors?.[0]).toMatchObject({ message: '账号或密码错误', extensions: { code: 'INVALID_CREDENTIALS' } });
    const login = await t.gql(LOGIN, { input: { login: p.phone, password: p.password } });
    expect(login.errors?.[0]).toMatchObject({ message: '账号已被停用，请联系平台管理员', extensions: { code: 'ACCOUNT_SUSPENDED' } });
    // A minute on from the registration's code (one code per phone per minute).
    const from = { 'x-forwarded-for': '10.7.0.1', 'x-test-now': new Date(Date.now() + 2 * 60_000).toISOString() };
    expect(
      (await t.gql(`mutation { requestSmsCode(input: { phone: "${p.phone}", purpose: login }) { phone } }`, {}, null, from)).errors,
    ).toBeUndefined();
    const { code } = (await (await fetch(`${t.url}/__dev/sms-inbox/${p.phone}`)).json()) as { code: string };
    const SMS_LOGIN = `mutation($input: SmsLoginInput!) { loginBySms(input: $input) { accessToken } }`;
    const wrongCode = await t.gql(SMS_LOGIN, { input: { phone: p.phone, code: code === '000000' ? '111111' : '000000' } }, null, from);
    expect(wrongCode.errors?.[0].extensions?.code).toBe('INVALID_SMS_CODE');
    const bySms = await t.gql(SMS_LOGIN, { input: { phone: p.phone, code } }, null, from);
    expect(bySms.errors?.[0]).toMatchObject({ message: '账号已被停用，请联系平台管理员', extensions: { code: 'ACCOUNT_SUSPENDED' } });
    expect(await t.db.query(`SELECT 1 FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL`, [p.id])).toHaveLength(0);
    const again = await t.gql(SUSPEND, { input: { userId: p.id, reason: '再次停用' } }, admin);
    expect(again.errors?.[0].message).toBe('该账号已停用');
    const grant = await t.gql(GRANT, { input: { userId: p.id, role: 'platform_finance', reason: '停用期间授权' } }, admin);
    expect(grant.errors?.[0].extensions?.code).toBe('ACCOUNT_SUSPENDED');

    const r = await t.gql<{ restoreAccount: { suspended: boolean } }>(RESTORE, { input: { userId: p.id, reason: '核实身份无误' } }, admin);
    expect(r.data?.restoreAccount.suspended).toBe(false);
    expect(await t.loginAs(p.phone, p.password)).toEqual(expect.any(String));
    const log = await t.gql<{ roleAuditLog: { edges: { node: Record<string, string | null> }[] } }>(AUDIT, { userId: p.id }, admin);
    expect(log.data!.roleAuditLog.edges.map((e) => [e.node.action, e.node.reason, e.node.role])).toEqual([
      ['restore', '核实身份无误', null],
      ['suspend', '冒用他人身份', null],
    ]);
  });

  it('the last platform admin can be neither withdrawn nor suspended, even by two admins at once', async () => {
    const self = await t.gql(SUSPEND, { input: { userId: ids['admin'], reason: '自己停用自己' } }, admin);
    expect(self.errors?.[0].message).toBe('不能停用自己的账号');
    const own = await t.gql(WITHDRAW, { input: { grantId: await grantId(ids['admin'], 'platform_admin'), reason: '卸任' } }, admin);
    expect(own.errors?.[0]).toMatchObject({
      message: '这是最后一位平台管理员，不能撤销其平台管理员角色',
      extensions: { code: 'LAST_PLATFORM_ADMIN' },
    });

    const p = await newPerson('吴管理');
    await t.gql(GRANT, { input: { userId: p.id, role: 'platform_admin', reason: '增加一位平台管理员' } }, admin);
    const second = await t.loginAs(p.phone, TEST_PASSWORD);
    const suspendFirst = await t.gql(SUSPEND, { input: { userId: ids['admin'], reason: '演示账号停用' } }, second);
    expect(suspendFirst.errors).toBeUndefined();
    const lastOne = await t.gql(WITHDRAW, { input: { grantId: await grantId(p.id, 'platform_admin'), reason: '卸任' } }, second);
    expect(lastOne.errors?.[0].extensions?.code).toBe('LAST_PLATFORM_ADMIN');
    await t.gql(RESTORE, { input: { userId: ids['admin'], reason: '恢复演示账号' } }, second);

    // Each withdraws the other at the same moment: exactly one is left.
    const first = await t.loginAs('admin');
    const before = await counts();
    const results = await Promise.all([
      t.gql(WITHDRAW, { input: { grantId: await grantId(p.id, 'platform_admin'), reason: '同时撤销' } }, first),
      t.gql(WITHDRAW, { input: { grantId: await grantId(ids['admin'], 'platform_admin'), reason: '同时撤销' } }, second),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    // The other is refused: as the last admin when both got past the role check, or as no longer an admin when the
    // first withdrawal committed before the second request was authorized (timing on a loaded machine decides which).
    expect(results.filter((r) => ['LAST_PLATFORM_ADMIN', 'FORBIDDEN'].includes(String(r.errors?.[0].extensions?.code)))).toHaveLength(1);
    const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM role_grant WHERE role = 'platform_admin'`);
    expect(n).toBe(1);
    expect((await counts()).audit).toBe(before.audit + 1);
  });

  /** A token of whichever platform admin is left after the last-admin test. */
  const leftAdmin = async (): Promise<string> => {
    const [left]: { username: string | null; phone: string }[] = await t.db.query(
      `SELECT u.username, u.phone FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE g.role = 'platform_admin'`,
    );
    return left.username ? t.loginAs(left.username) : t.loginAs(left.phone, TEST_PASSWORD);
  };

  it('the platform admin reads the log in pages and exports it as XLSX', async () => {
    const token = await leftAdmin();
    const all = await t.gql<{ roleAuditLog: { totalCount: number } }>(AUDIT, {}, token);
    const total = all.data!.roleAuditLog.totalCount;
    expect(total).toBeGreaterThan(5);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        data?: {
          roleAuditLog: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { reason: string; createdAt: string } }[] };
        } | null;
      } = await t.gql(AUDIT, { first: 4, after }, token);
      seen.push(...page.data!.roleAuditLog.edges.map((e) => e.node.createdAt + e.node.reason));
      if (!page.data!.roleAuditLog.pageInfo.hasNextPage) break;
      after = page.data!.roleAuditLog.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);

    const file = await t.gql<{ exportRoleAuditLog: { filename: string; contentBase64: string } }>(EXPORT, {}, token);
    expect(file.data!.exportRoleAuditLog.filename).toBe('role-audit-log.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data!.exportRoleAuditLog.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, '时间', '操作', '操作人', '操作人身份', '对象', '角色', '范围', '原因']);
    expect(ws.rowCount).toBe(total + 1);
    const rows = ws
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1).map(String));
    expect(rows).toContainEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      '撤销',
      '汾西县乡村振兴局 赵主任',
      '县乡村振兴局',
      '孙财政',
      '财政局审核员',
      '汾西县',
      '调离财政局',
    ]);

    const buyer = await t.loginAs('buyer');
    expect((await t.gql(EXPORT, {}, buyer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The log is append-only in the database itself.
    await expect(t.db.query(`UPDATE role_audit_entry SET reason = '改写'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM role_audit_entry`)).rejects.toThrow(/append-only/);
  });
  it('an export with more entries than one file holds is refused with the cap and no file; a shorter range exports whole', async () => {
    const RANGE = `query($from: String, $to: String) { exportRoleAuditLog(from: $from, to: $to) { filename contentBase64 } }`;
    const token = await leftAdmin();
    const entries = async (from: string | null, to: string | null) => {
      const r = await t.gql<{ exportRoleAuditLog: { filename: string; contentBase64: string } }>(RANGE, { from, to }, token);
      expect(r.errors).toBeUndefined();
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(r.data!.exportRoleAuditLog.contentBase64, 'base64') as unknown as ArrayBuffer);
      return { filename: r.data!.exportRoleAuditLog.filename, rows: wb.worksheets[0].rowCount - 1 };
    };
    // the two oldest entries were written in January (the log is append-only: restamped as the test's set-up)
    const old: string[] = (await t.db.query(`SELECT id FROM role_audit_entry ORDER BY id LIMIT 2`)).map((r: { id: string }) => r.id);
    await t.db.query(`ALTER TABLE role_audit_entry DISABLE TRIGGER role_audit_entry_append_only`);
    await t.db.query(`UPDATE role_audit_entry SET created_at = timestamptz '2026-01-15 09:30:00+08' WHERE id = ANY($1::bigint[])`, [old]);
    await t.db.query(`ALTER TABLE role_audit_entry ENABLE TRIGGER role_audit_entry_append_only`);
    const total = (await t.db.query(`SELECT count(*)::int AS n FROM role_audit_entry`))[0].n as number;
    expect(total).toBeGreaterThan(3);
    const service = t.api.app.get(RoleAuditService);
    service.exportMaxRows = total - 1;
    try {
      const refused = await t.gql(RANGE, { from: null, to: null }, token);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({
        message: `授权日志超过 ${total - 1} 条，超出一次导出的上限，未生成文件；请选择较短的日期范围分批导出`,
        extensions: { code: 'EXPORT_TOO_LARGE', field: 'from', limit: total - 1 },
      });
      expect(await entries('2026-01-15', '2026-01-15')).toEqual({ filename: 'role-audit-log-2026-01-15_2026-01-15.xlsx', rows: 2 });
      expect((await entries('2026-01-16', null)).rows).toBe(total - 2);
    } finally {
      service.exportMaxRows = 50_000;
    }
    expect((await entries(null, null)).rows).toBe(total);
    expect((await t.gql(RANGE, { from: '2026-1-5', to: null }, token)).errors?.[0]).toMatchObject({
      message: '开始日期格式应为 YYYY-MM-DD',
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
  });

  it('the on-screen log lists the Shanghai days asked for, both included, paged, its total counting that range alone', async () => {
    const token = await leftAdmin();
    const p = await newPerson('钱三月');
    // six real entries (suspend, restore, …), restamped onto days around 10–12 March 2025 (append-only: the set-up)
    for (const i of MARCH_STAMPS.keys()) {
      const r = await t.gql(i % 2 ? RESTORE : SUSPEND, { input: { userId: p.id, reason: `三月核查 ${i}` } }, token);
      expect(r.errors).toBeUndefined();
    }
    const mine: string[] = (
      await t.db.query(`SELECT id::text AS id FROM role_audit_entry WHERE target_user_id = $1 ORDER BY id`, [p.id])
    ).map((r: { id: string }) => r.id);
    expect(mine).toHaveLength(MARCH_STAMPS.length);
    await restampLog(t, 'role_audit_entry', mine, MARCH_STAMPS);
    // newest first is by id (the order written)
    const all: { id: string; created_at: Date }[] = await t.db.query(
      `SELECT id::text AS id, created_at FROM role_audit_entry ORDER BY id DESC`,
    );
    const expected = idsOnDays(all, MARCH_RANGE.from, MARCH_RANGE.to);
    expect(expected).toEqual([mine[4], mine[3], mine[2], mine[1]]);

    const LIST = `query($userId: ID, $first: Int, $after: String, $from: String, $to: String) {
      roleAuditLog(userId: $userId, first: $first, after: $after, from: $from, to: $to) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reason } } } }`;
    const range = MARCH_RANGE;
    const firstPage = await t.gql<{ roleAuditLog: { totalCount: number; edges: { node: { id: string; reason: string } }[] } }>(
      LIST,
      { ...range, first: 50 },
      token,
    );
    expect(firstPage.errors).toBeUndefined();
    expect(firstPage.data!.roleAuditLog.totalCount).toBe(expected.length);
    expect(firstPage.data!.roleAuditLog.edges.map((e) => e.node.reason)).toEqual(['三月核查 4', '三月核查 3', '三月核查 2', '三月核查 1']);
    for (const first of [1, 3]) expect(await walkPages(t, LIST, range, token, first)).toEqual({ ids: expected, total: 4 });
    // with a person too; and one open end: up to the 10th is the person's first two
    expect(await walkPages(t, LIST, { ...range, userId: p.id }, token, 2)).toEqual({ ids: expected, total: 4 });
    const upTo = await walkPages(t, LIST, { userId: p.id, from: null, to: '2025-03-10' }, token, 50);
    expect(upTo).toEqual({ ids: [mine[1], mine[0]], total: 2 });
    expect((await walkPages(t, LIST, {}, token, 100)).total).toBe(all.length);

    const backwards = await t.gql(LIST, { from: '2025-03-12', to: '2025-03-10' }, token);
    expect(backwards.data).toBeNull();
    expect(backwards.errors?.[0]).toMatchObject({
      message: '开始日期不能晚于结束日期',
      extensions: { code: 'BAD_USER_INPUT', field: 'from' },
    });
    expect((await t.gql(LIST, { from: '2025-3-10' }, token)).errors?.[0]).toMatchObject({
      message: '开始日期格式应为 YYYY-MM-DD',
      extensions: { field: 'from' },
    });
  });
});
