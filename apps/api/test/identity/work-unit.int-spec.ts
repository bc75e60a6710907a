import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createTestApp, demoUnitsAndAdmin, registerPerson, TestApp, unitOfUser } from '@yigou/server/testing';

const INVITE = `mutation($u: ID!) { createUnitInvite(input: { unitId: $u }) { code link expiresAt } }`;
const JOIN = `mutation($c: String!) { joinUnitByCode(input: { code: $c }) { id name } }`;
const REQUEST = `mutation($u: ID!) { requestToJoinUnit(input: { unitId: $u }) { id status } }`;
const IMPORT = `mutation($input: ImportWorkUnitsInput!) { importWorkUnits(input: $input) { created errors { row field message } } }`;

describe('work units: members, invitations, join requests, import', () => {
  let t: TestApp;
  let units: Record<string, string>;
  let unitAdmin: string;
  const register = async (name: string) => {
    const p = await registerPerson(t, name);
    return { accessToken: p.token, user: { id: p.id } };
  };
  const unitOf = (userId: string) => unitOfUser(t, userId);

  beforeAll(async () => {
    t = await createTestApp();
    ({ units, unitAdmin } = await demoUnitsAndAdmin(t));
  });
  afterAll(() => t.close());

  it('the unit admin invites by code and link; a new buyer joins with the code; a second unit is refused', async () => {
    const invite = await t.gql<{ createUnitInvite: { code: string; link: string } }>(INVITE, { u: units['fenxi-no1-school'] }, unitAdmin);
    expect(invite.errors).toBeUndefined();
    const { code, link } = invite.data!.createUnitInvite;
    expect(link).toBe(`/join-unit?code=${code}`);
    const me = await register('新成员甲');
    const joined = await t.gql<{ joinUnitByCode: { name: string } }>(JOIN, { c: code.toLowerCase() }, me.accessToken);
    expect(joined.data?.joinUnitByCode.name).toBe('汾西县第一中学');
    expect(await unitOf(me.user.id)).toBe(units['fenxi-no1-school']);
    // a second join to another unit, by request or by invitation, is refused and changes nothing
    const other = await t.gql(REQUEST, { u: units['fenxi-hospital'] }, me.accessToken);
    expect(other.errors?.[0].extensions?.code).toBe('ALREADY_IN_UNIT');
    const hospitalInvite = await t.gql<{ createUnitInvite: { code: string } }>(
      INVITE,
      { u: units['fenxi-hospital'] },
      await t.loginAs('admin'),
    );
    const second = await t.gql(JOIN, { c: hospitalInvite.data!.createUnitInvite.code }, me.accessToken);
    expect(second.errors?.[0].extensions?.code).toBe('ALREADY_IN_UNIT');
    expect(await unitOf(me.user.id)).toBe(units['fenxi-no1-school']);
  });

  it('only the unit’s admin invites; a bad code is refused', async () => {
    const r = await t.gql(INVITE, { u: units['fenxi-hospital'] }, unitAdmin);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const me = await register('新成员乙');
    const bad = await t.gql(JOIN, { c: 'ZZZZZZZZ' }, me.accessToken);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('a join request is approved by the unit admin; members leave or are removed', async () => {
    const me = await register('新成员丙');
    const req = await t.gql<{ requestToJoinUnit: { id: string; status: string } }>(
      REQUEST,
      { u: units['fenxi-no1-school'] },
      me.accessToken,
    );
    expect(req.data?.requestToJoinUnit.status).toBe('pending');
    const list = await t.gql<{ unitJoinRequests: { id: string; userDisplayName: string }[] }>(
      `query($u: ID!) { unitJoinRequests(unitId: $u) { id userDisplayName } }`,
      { u: units['fenxi-no1-school'] },
      unitAdmin,
    );
    expect(list.data?.unitJoinRequests.map((r) => r.id)).toEqual([req.data!.requestToJoinUnit.id]);
    const decide = `mutation($id: ID!, $a: Boolean!) { decideUnitJoinRequest(requestId: $id, approve: $a) { status } }`;
    const ok = await t.gql<{ decideUnitJoinRequest: { status: string } }>(
      decide,
      { id: req.data!.requestToJoinUnit.id, a: true },
      unitAdmin,
    );
    expect(ok.data?.decideUnitJoinRequest.status).toBe('approved');
    expect((await t.gql(decide, { id: req.data!.requestToJoinUnit.id, a: false }, unitAdmin)).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(await unitOf(me.user.id)).toBe(units['fenxi-no1-school']);
    const members = await t.gql<{ unitMembers: { id: string }[] }>(
      `query($u: ID!) { unitMembers(unitId: $u) { id } }`,
      { u: units['fenxi-no1-school'] },
      unitAdmin,
    );
    expect(members.data?.unitMembers.map((m) => m.id)).toContain(me.user.id);
    const removed = await t.gql(
      `mutation($u: ID!, $m: ID!) { removeUnitMember(unitId: $u, userId: $m) }`,
      { u: units['fenxi-no1-school'], m: me.user.id },
      unitAdmin,
    );
    expect(removed.errors).toBeUndefined();
    expect(await unitOf(me.user.id)).toBeNull();
    const history = await t.db.query(`SELECT action FROM unit_membership_event WHERE user_id = $1 ORDER BY id`, [me.user.id]);
    expect(history.map((h: { action: string }) => h.action)).toEqual(['joined', 'removed']);
  });

  it('leaving or being removed ends the roles a person held in the unit, each withdrawal logged; a co-admin only the platform removes', async () => {
    const school = units['fenxi-no1-school'];
    const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`;
    const REMOVE = `mutation($u: ID!, $m: ID!) { removeUnitMember(unitId: $u, userId: $m) }`;
    const invite = async () =>
      (await t.gql<{ createUnitInvite: { code: string } }>(INVITE, { u: school }, unitAdmin)).data!.createUnitInvite.code;
    const grantsOf = async (userId: string) =>
      (await t.db.query(`SELECT role FROM role_grant WHERE user_id = $1 AND unit_id = $2 ORDER BY role`, [userId, school])).map(
        (g: { role: string }) => g.role,
      );
    const withdrawals = async (userId: string) =>
      t.db.query(
        `SELECT actor_id, actor_role, role, unit_id, scope_label, reason FROM role_audit_entry
          WHERE target_user_id = $1 AND action = 'withdraw' ORDER BY id`,
        [userId],
      );

    // a member the unit admin made purchaser, then removed: the purchaser grant goes with the membership
    const p = await register('采购员丁');
    expect((await t.gql(JOIN, { c: await invite() }, p.accessToken)).errors).toBeUndefined();
    const g = await t.gql(
      GRANT,
      { input: { userId: p.user.id, role: 'unit_purchaser', unitId: school, reason: '负责食堂采购' } },
      unitAdmin,
    );
    expect(g.errors).toBeUndefined();
    // a buyer grant that names the unit (as the demo accounts' do) is not a role held in it: it stays
    await t.db.query(`UPDATE role_grant SET unit_id = $2 WHERE user_id = $1 AND role = 'buyer'`, [p.user.id, school]);
    expect(await grantsOf(p.user.id)).toEqual(['buyer', 'unit_purchaser']);
    expect((await t.gql(REMOVE, { u: school, m: p.user.id }, unitAdmin)).errors).toBeUndefined();
    expect(await grantsOf(p.user.id)).toEqual(['buyer']);
    const adminId = (await t.db.query(`SELECT id FROM app_user WHERE username = 'unit-admin'`))[0].id;
    expect(await withdrawals(p.user.id)).toEqual([
      {
        actor_id: adminId,
        actor_role: 'unit_admin',
        role: 'unit_purchaser',
        unit_id: school,
        scope_label: '汾西县第一中学',
        reason: '被移出单位，其在该单位的身份随之撤销',
      },
    ]);
    const methods = await t.gql<{ paymentMethods: { method: string; available: boolean }[] }>(
      `{ paymentMethods { method available } }`,
      {},
      p.accessToken,
    );
    expect(methods.data?.paymentMethods.find((m) => m.method === 'bank_transfer')?.available).toBe(false);

    // a co-admin the platform appointed: the unit admin may not remove them (nor, so, take their role); they may leave
    const co = await register('副管理员戊');
    expect((await t.gql(JOIN, { c: await invite() }, co.accessToken)).errors).toBeUndefined();
    const platform = await t.loginAs('admin');
    expect(
      (await t.gql(GRANT, { input: { userId: co.user.id, role: 'unit_admin', unitId: school, reason: '协助管理本单位' } }, platform))
        .errors,
    ).toBeUndefined();
    const refused = await t.gql(REMOVE, { u: school, m: co.user.id }, unitAdmin);
    expect(refused.errors?.[0]).toMatchObject({
      message: '副管理员戊 是本单位的单位管理员，只有平台管理员可以将其移出',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await unitOf(co.user.id)).toBe(school);
    expect(await grantsOf(co.user.id)).toEqual(['unit_admin']);
    expect(await withdrawals(co.user.id)).toEqual([]);
    // while they hold it they run the unit; after leaving, from their next request, they do not
    expect((await t.gql(INVITE, { u: school }, co.accessToken)).errors).toBeUndefined();
    expect((await t.gql(`mutation { leaveUnit }`, {}, co.accessToken)).errors).toBeUndefined();
    expect(await grantsOf(co.user.id)).toEqual([]);
    expect(await withdrawals(co.user.id)).toEqual([
      {
        actor_id: co.user.id,
        actor_role: 'buyer',
        role: 'unit_admin',
        unit_id: school,
        scope_label: '汾西县第一中学',
        reason: '本人退出单位，其在该单位的身份随之撤销',
      },
    ]);
    expect((await t.gql(INVITE, { u: school }, co.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // the buyer grant, which also names the unit, stays with the account
    expect((await t.db.query(`SELECT count(*)::int AS n FROM role_grant WHERE user_id = $1 AND role = 'buyer'`, [co.user.id]))[0].n).toBe(
      1,
    );
  });

  it('an import with an unknown region code lists each bad row and writes nothing', async () => {
    const finance = await t.loginAs('finance');
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM work_unit`))[0].n;
    const csv = [
      '单位名称,行政区划代码,主管单位,在编人数,是否有食堂,食堂采购预算（元）',
      '汾西县审计局,141034,汾西县人民政府办公室,30,否,0',
      '某某局,999999,,10,是,1000',
      '汾西县统计局,141034,,-5,否,0',
    ].join('\n');
    const r = await t.gql<{ importWorkUnits: { created: number; errors: { row: number; field: string; message: string }[] } }>(
      IMPORT,
      { input: { format: 'csv', contentBase64: Buffer.from(csv).toString('base64') } },
      finance,
    );
    expect(r.data?.importWorkUnits.created).toBe(0);
    expect(r.data?.importWorkUnits.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'regionCode'],
      [4, 'headcount'],
    ]);
    expect(r.data?.importWorkUnits.errors[0].message).toContain('999999');
    expect((await t.db.query(`SELECT count(*)::int AS n FROM work_unit`))[0].n).toBe(before);
  });

  it('reads a CSV that Excel on Chinese Windows saved (GBK) and names rows as the file numbers them', async () => {
    const finance = await t.loginAs('finance');
    const file = (headcount: string) =>
      iconv
        .encode(
          ['单位名称,行政区划代码,在编人数,是否有食堂', '汾西县档案馆,141034,12,否', '', `汾西县气象局,141034,${headcount},是`].join(
            '\r\n',
          ),
          'gbk',
        )
        .toString('base64');
    type Result = { importWorkUnits: { created: number; errors: { row: number; field: string; message: string }[] } };
    const bad = await t.gql<Result>(IMPORT, { input: { format: 'csv', contentBase64: file('十') } }, finance);
    expect(bad.data?.importWorkUnits).toEqual({
      created: 0,
      errors: [{ row: 4, field: 'headcount', message: '在编人数必须是不小于 0 的整数' }],
    });
    const good = await t.gql<Result>(IMPORT, { input: { format: 'csv', contentBase64: file('8') } }, finance);
    expect(good.data?.importWorkUnits).toEqual({ created: 2, errors: [] });
    const rows = await t.db.query(
      `SELECT name, headcount, has_canteen FROM work_unit WHERE name IN ('汾西县档案馆', '汾西县气象局') ORDER BY headcount`,
    );
    expect(rows).toEqual([
      { name: '汾西县气象局', headcount: 8, has_canteen: true },
      { name: '汾西县档案馆', headcount: 12, has_canteen: false },
    ]);
  });

  it('imports units from XLSX with their parent (主管单位) from the same file or the database', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('单位');
    ws.addRow(['单位名称', '行政区划代码', '主管单位', '在编人数', '是否有食堂', '食堂采购预算（元）']);
    ws.addRow(['汾西县卫生健康局', '141034', '汾西县人民政府办公室', 40, '否', 0]);
    ws.addRow(['汾西县疾控中心', '141034', '汾西县卫生健康局', 25, '是', 80000.5]);
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const r = await t.gql<{ importWorkUnits: { created: number; errors: unknown[] } }>(
      IMPORT,
      { input: { format: 'xlsx', contentBase64: content } },
      await t.loginAs('finance'),
    );
    expect(r.data?.importWorkUnits).toEqual({ created: 2, errors: [] });
    const rows = await t.db.query(
      `SELECT u.name, p.name AS parent, u.headcount, u.has_canteen, u.canteen_budget_fen FROM work_unit u LEFT JOIN work_unit p ON p.id = u.parent_id WHERE u.name IN ('汾西县卫生健康局','汾西县疾控中心') ORDER BY u.headcount`,
    );
    expect(rows).toEqual([
      { name: '汾西县疾控中心', parent: '汾西县卫生健康局', headcount: 25, has_canteen: true, canteen_budget_fen: '8000050' },
      { name: '汾西县卫生健康局', parent: '汾西县人民政府办公室', headcount: 40, has_canteen: false, canteen_budget_fen: '0' },
    ]);
    const buyer = await t.gql(IMPORT, { input: { format: 'xlsx', contentBase64: content } }, await t.loginAs('buyer'));
    expect(buyer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
