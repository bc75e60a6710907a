import { createTestApp, demoUnitsAndAdmin, TestApp } from '@yigou/server/testing';

const INVITE = `mutation($u: ID!) { createUnitInvite(input: { unitId: $u }) { id code link } }`;
const ACTIVE = `query($u: ID!) { activeUnitInvite(unitId: $u) { id code link expiresAt } }`;
const PREVIEW = `query($c: String!) { unitInvitePreview(input: { code: $c }) { code unitId unitName regionCode expiresAt } }`;

describe('work unit invitations: showing the current code again, previewing a code before joining', () => {
  let t: TestApp;
  let school: string;
  let hospital: string;
  let unitAdmin: string;

  beforeAll(async () => {
    t = await createTestApp();
    const { units, unitAdmin: token } = await demoUnitsAndAdmin(t);
    school = units['fenxi-no1-school'];
    hospital = units['fenxi-hospital'];
    unitAdmin = token;
  });
  afterAll(() => t.close());

  it('the unit admin sees the newest working invitation; an expired or revoked one is not offered', async () => {
    const first = await t.gql<{ createUnitInvite: { id: string } }>(INVITE, { u: school }, unitAdmin);
    const second = await t.gql<{ createUnitInvite: { id: string; code: string; link: string } }>(INVITE, { u: school }, unitAdmin);
    expect(first.errors).toBeUndefined();
    const active = await t.gql<{ activeUnitInvite: { id: string; code: string; link: string } | null }>(ACTIVE, { u: school }, unitAdmin);
    expect(active.data?.activeUnitInvite).toMatchObject({
      id: second.data!.createUnitInvite.id,
      link: `/join-unit?code=${second.data!.createUnitInvite.code}`,
    });

    await t.db.query(`UPDATE work_unit_invite SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      second.data!.createUnitInvite.id,
    ]);
    const afterExpiry = await t.gql<{ activeUnitInvite: { id: string } | null }>(ACTIVE, { u: school }, unitAdmin);
    expect(afterExpiry.data?.activeUnitInvite?.id).toBe(first.data!.createUnitInvite.id);

    await t.db.query(`UPDATE work_unit_invite SET revoked_at = now() WHERE unit_id = $1`, [school]);
    const none = await t.gql<{ activeUnitInvite: unknown }>(ACTIVE, { u: school }, unitAdmin);
    expect(none.errors).toBeUndefined();
    expect(none.data?.activeUnitInvite).toBeNull();
  });

  it('another unit’s invitation is not shown to this unit’s admin', async () => {
    const r = await t.gql(ACTIVE, { u: hospital }, unitAdmin);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a signed-in person sees which unit a code leads to; a bad or expired code is refused; a visitor must sign in', async () => {
    const invite = await t.gql<{ createUnitInvite: { id: string; code: string } }>(INVITE, { u: school }, unitAdmin);
    const { id, code } = invite.data!.createUnitInvite;
    const buyer = await t.loginAs('buyer');
    const preview = await t.gql<{ unitInvitePreview: { code: string; unitId: string; unitName: string; regionCode: string } }>(
      PREVIEW,
      { c: ` ${code.toLowerCase()} ` },
      buyer,
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.unitInvitePreview).toMatchObject({ code, unitId: school, unitName: '汾西县第一中学', regionCode: '141034' });

    const bad = await t.gql(PREVIEW, { c: 'ZZZZZZZZ' }, buyer);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(bad.errors?.[0].message).toBe('邀请码无效或已过期');

    await t.db.query(`UPDATE work_unit_invite SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const expired = await t.gql(PREVIEW, { c: code }, buyer);
    expect(expired.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    const visitor = await t.gql(PREVIEW, { c: code });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
