import { createTestApp, demoUnitsAndAdmin, registerPerson, TestApp, unitOfUser } from '@yigou/server/testing';

const SEARCH = `query($s: String!, $r: String, $first: Int, $after: String) {
  searchWorkUnits(search: $s, regionCode: $r, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name regionCode regionName parentName } }
  }
}`;
const REQUEST = `mutation($u: ID!) { requestToJoinUnit(input: { unitId: $u }) { id status unitId } }`;
const MINE = `query { myUnitJoinRequests { id unitId unitName status reason createdAt decidedAt } }`;
const PENDING = `query($u: ID!) { unitJoinRequests(unitId: $u) { id userId userDisplayName } }`;
const DECIDE = `mutation($id: ID!, $a: Boolean!, $reason: String) { decideUnitJoinRequest(requestId: $id, approve: $a, reason: $reason) { id status reason } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawUnitJoinRequest(requestId: $id) { id status } }`;

type Hit = { id: string; name: string; regionCode: string; regionName: string | null; parentName: string | null };
type SearchPage = {
  searchWorkUnits: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Hit }[];
  };
};
type Mine = {
  myUnitJoinRequests: { id: string; unitId: string; unitName: string; status: string; reason: string | null; decidedAt: string | null }[];
};

describe('work units: finding a unit by name, asking to join, following one’s own requests', () => {
  let t: TestApp;
  let units: Record<string, string>;
  let unitAdmin: string;
  let seq = 0;
  const register = async () => {
    const p = await registerPerson(t, `申请人${++seq}`);
    return { token: p.token, id: p.id, name: p.displayName };
  };
  const unitOf = (userId: string) => unitOfUser(t, userId);

  beforeAll(async () => {
    t = await createTestApp();
    ({ units, unitAdmin } = await demoUnitsAndAdmin(t));
  });
  afterAll(() => t.close());

  it('a signed-in person finds 汾西县第一中学 by part of its name, with region and parent but nothing private; visitors must sign in', async () => {
    const me = await register();
    const r = await t.gql<SearchPage>(SEARCH, { s: '第一中' }, me.token);
    expect(r.errors).toBeUndefined();
    const hit = r.data!.searchWorkUnits.edges.find((e) => e.node.id === units['fenxi-no1-school']);
    expect(hit?.node).toMatchObject({ name: '汾西县第一中学', regionCode: '141034' });
    expect(hit?.node.regionName).toContain('汾西');
    expect(r.data!.searchWorkUnits.edges.every((e) => e.node.name.includes('第一中'))).toBe(true);

    const words = await t.gql<SearchPage>(SEARCH, { s: '汾西 一中', r: '1410' }, me.token);
    expect(words.data!.searchWorkUnits.edges.map((e) => e.node.id)).toContain(units['fenxi-no1-school']);
    const elsewhere = await t.gql<SearchPage>(SEARCH, { s: '第一中学', r: '11' }, me.token);
    expect(elsewhere.data!.searchWorkUnits.edges.map((e) => e.node.id)).not.toContain(units['fenxi-no1-school']);

    const privateField = await t.gql(`query { searchWorkUnits(search: "中学") { edges { node { id headcount } } } }`, {}, me.token);
    expect(privateField.errors?.[0].message).toContain('headcount');

    const visitor = await t.gql(SEARCH, { s: '中学' });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blank = await t.gql(SEARCH, { s: '   ' }, me.token);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const tooMany = await t.gql(SEARCH, { s: '汾西', first: 101 }, me.token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('pages through the results by cursor without repeats or gaps', async () => {
    const me = await register();
    const all = await t.gql<SearchPage>(SEARCH, { s: '汾西', first: 100 }, me.token);
    const everything = all.data!.searchWorkUnits.edges.map((e) => e.node.id);
    expect(everything.length).toBeGreaterThanOrEqual(3);
    expect(all.data!.searchWorkUnits.totalCount).toBe(everything.length);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: { data?: SearchPage | null } = await t.gql<SearchPage>(SEARCH, { s: '汾西', first: 2, after }, me.token);
      const conn = page.data!.searchWorkUnits;
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything);
    const bad = await t.gql(SEARCH, { s: '汾西', after: 'not-a-cursor' }, me.token);
    expect(bad.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });

  it('request → the admin sees it pending → approve → the person is a member and sees the request approved', async () => {
    const me = await register();
    const school = units['fenxi-no1-school'];
    const req = await t.gql<{ requestToJoinUnit: { id: string; status: string } }>(REQUEST, { u: school }, me.token);
    expect(req.data?.requestToJoinUnit.status).toBe('pending');
    const id = req.data!.requestToJoinUnit.id;

    const pending = await t.gql<{ unitJoinRequests: { id: string; userId: string; userDisplayName: string }[] }>(
      PENDING,
      { u: school },
      unitAdmin,
    );
    expect(pending.data?.unitJoinRequests).toContainEqual({ id, userId: me.id, userDisplayName: me.name });

    const mine = await t.gql<Mine>(MINE, {}, me.token);
    expect(mine.data?.myUnitJoinRequests).toEqual([
      expect.objectContaining({ id, unitId: school, unitName: '汾西县第一中学', status: 'pending', reason: null, decidedAt: null }),
    ]);

    const ok = await t.gql<{ decideUnitJoinRequest: { status: string } }>(DECIDE, { id, a: true }, unitAdmin);
    expect(ok.data?.decideUnitJoinRequest.status).toBe('approved');
    expect(await unitOf(me.id)).toBe(school);
    const after = await t.gql<Mine>(MINE, {}, me.token);
    expect(after.data?.myUnitJoinRequests[0]).toMatchObject({ id, status: 'approved', reason: null });
    expect(after.data?.myUnitJoinRequests[0].decidedAt).not.toBeNull();
    const stillPending = await t.gql<{ unitJoinRequests: { id: string }[] }>(PENDING, { u: school }, unitAdmin);
    expect(stillPending.data?.unitJoinRequests.map((r) => r.id)).not.toContain(id);

    const again = await t.gql(REQUEST, { u: school }, me.token);
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_UNIT_MEMBER');
    expect(again.errors?.[0].message).toBe('您已是该单位成员');
    const other = await t.gql(REQUEST, { u: units['fenxi-hospital'] }, me.token);
    expect(other.errors?.[0].extensions?.code).toBe('ALREADY_IN_UNIT');
  });

  it('reject with a reason → the requester sees it and may ask again', async () => {
    const me = await register();
    const school = units['fenxi-no1-school'];
    const req = await t.gql<{ requestToJoinUnit: { id: string } }>(REQUEST, { u: school }, me.token);
    const id = req.data!.requestToJoinUnit.id;
    const no = await t.gql<{ decideUnitJoinRequest: { status: string; reason: string } }>(
      DECIDE,
      { id, a: false, reason: '  请使用单位邮箱注册  ' },
      unitAdmin,
    );
    expect(no.data?.decideUnitJoinRequest).toMatchObject({ status: 'rejected', reason: '请使用单位邮箱注册' });
    expect(await unitOf(me.id)).toBeNull();
    const mine = await t.gql<Mine>(MINE, {}, me.token);
    expect(mine.data?.myUnitJoinRequests[0]).toMatchObject({
      id,
      status: 'rejected',
      reason: '请使用单位邮箱注册',
      unitName: '汾西县第一中学',
    });

    const long = await t.gql(DECIDE, { id, a: false, reason: '理'.repeat(201) }, unitAdmin);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const retry = await t.gql<{ requestToJoinUnit: { id: string } }>(REQUEST, { u: school }, me.token);
    expect(retry.errors).toBeUndefined();
    expect((await t.gql<Mine>(MINE, {}, me.token)).data?.myUnitJoinRequests.map((r) => r.status)).toEqual(['pending', 'rejected']);
  });

  it('a second pending request is refused with a stable code; a pending one can be withdrawn, once, by its requester only', async () => {
    const me = await register();
    const school = units['fenxi-no1-school'];
    const req = await t.gql<{ requestToJoinUnit: { id: string } }>(REQUEST, { u: school }, me.token);
    const id = req.data!.requestToJoinUnit.id;

    const dup = await t.gql(REQUEST, { u: school }, me.token);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'JOIN_REQUEST_PENDING', field: 'unitId' });
    expect(dup.errors?.[0].message).toBe('您已申请加入该单位，请等待单位管理员审批');
    const elsewhere = await t.gql(REQUEST, { u: units['fenxi-hospital'] }, me.token);
    expect(elsewhere.errors?.[0].extensions?.code).toBe('JOIN_REQUEST_PENDING');
    expect(elsewhere.errors?.[0].message).toContain('撤回');
    const count = await t.db.query(`SELECT count(*)::int AS n FROM unit_join_request WHERE user_id = $1`, [me.id]);
    expect(count[0].n).toBe(1);

    const stranger = await register();
    const notMine = await t.gql(WITHDRAW, { id }, stranger.token);
    expect(notMine.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const w = await t.gql<{ withdrawUnitJoinRequest: { status: string } }>(WITHDRAW, { id }, me.token);
    expect(w.data?.withdrawUnitJoinRequest.status).toBe('withdrawn');
    const twice = await t.gql(WITHDRAW, { id }, me.token);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId' });
    const pending = await t.gql<{ unitJoinRequests: { id: string }[] }>(PENDING, { u: school }, unitAdmin);
    expect(pending.data?.unitJoinRequests.map((r) => r.id)).not.toContain(id);
    const late = await t.gql(DECIDE, { id, a: true }, unitAdmin);
    expect(late.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await unitOf(me.id)).toBeNull();

    const hospital = await t.gql<{ requestToJoinUnit: { unitId: string } }>(REQUEST, { u: units['fenxi-hospital'] }, me.token);
    expect(hospital.data?.requestToJoinUnit.unitId).toBe(units['fenxi-hospital']);
  });

  it('the unit admin is notified of a new request, and the requester of the decision with its reason', async () => {
    const NOTES = `query { myNotifications(first: 20) { edges { node { kind title body refType refId } } } }`;
    type Notes = { myNotifications: { edges: { node: { kind: string; title: string; body: string; refType: string; refId: string } }[] } };
    const school = units['fenxi-no1-school'];
    const adminNotes = async () => (await t.gql<Notes>(NOTES, {}, unitAdmin)).data!.myNotifications.edges.map((e) => e.node);

    const me = await register();
    const req = await t.gql<{ requestToJoinUnit: { id: string } }>(REQUEST, { u: school }, me.token);
    expect(req.errors).toBeUndefined();
    const toAdmin = (await adminNotes()).filter((n) => n.kind === 'unit_join_request' && n.body.includes(me.name));
    expect(toAdmin).toEqual([
      {
        kind: 'unit_join_request',
        title: '新的加入单位申请',
        body: expect.stringContaining('汾西县第一中学'),
        refType: 'work_unit',
        refId: school,
      },
    ]);

    // a refused request notifies nobody
    await t.gql(REQUEST, { u: school }, me.token);
    expect((await adminNotes()).filter((n) => n.kind === 'unit_join_request' && n.body.includes(me.name))).toHaveLength(1);

    await t.gql(DECIDE, { id: req.data!.requestToJoinUnit.id, a: false, reason: '请使用单位邮箱注册' }, unitAdmin);
    const mine = (await t.gql<Notes>(NOTES, {}, me.token)).data!.myNotifications.edges.map((e) => e.node);
    expect(mine).toEqual([
      {
        kind: 'unit_join_rejected',
        title: '加入 汾西县第一中学 的申请未通过',
        body: '原因：请使用单位邮箱注册',
        refType: 'work_unit',
        refId: school,
      },
    ]);

    const again = await t.gql<{ requestToJoinUnit: { id: string } }>(REQUEST, { u: school }, me.token);
    await t.gql(DECIDE, { id: again.data!.requestToJoinUnit.id, a: true }, unitAdmin);
    const latest = (await t.gql<Notes>(NOTES, {}, me.token)).data!.myNotifications.edges[0].node;
    expect(latest).toMatchObject({ kind: 'unit_join_approved', title: '已加入 汾西县第一中学', refId: school });
  });
});
