// The migration is run as it runs on deploy (down to the old table, old rows in, up); a migration is no project of its own to import by
// scope.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { OneInbox1796530000421 } from '../../../../libs/server/database/src/migrations/1796530000421-OneInbox';
import { NotificationService } from '@yigou/server/notifications';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { shanghaiYear } from '@yigou/shared/time';
import { DemoIds, demoIds } from './quota-helpers';

jest.setTimeout(60_000);

const YEAR = shanghaiYear(new Date());
const SEND = `mutation($y: Int!) { sendQuotaReminders(regionCode: "141034", year: $y) }`;
const DESK = `{ myQuotaReminders { id unitId message readAt createdAt } myUnreadQuotaReminderCount }`;
const CENTRE = `{ myNotifications(first: 50) { edges { node { id kind title body refType refId readAt } } } myUnreadNotificationCount }`;
const RANKING = `query($y: Int!) { jurisdictionRanking(regionCode: "141034", year: $y, first: 50) { rows { unitId status } } }`;
const MARK = `mutation($id: ID!) { markQuotaReminderRead(id: $id) { id readAt } }`;

interface Reminder {
  id: string;
  unitId: string;
  message: string;
  readAt: string | null;
  createdAt: string;
}
interface Desk {
  myQuotaReminders: Reminder[];
  myUnreadQuotaReminderCount: number;
}
interface Centre {
  myNotifications: {
    edges: { node: { id: string; kind: string; title: string; body: string; refType: string; refId: string; readAt: string | null } }[];
  };
  myUnreadNotificationCount: number;
}

describe('quota reminders in the one inbox (notifications)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let finance: string;
  let unitAdmin: string;
  let buyer: string;
  let school: string;
  const send = async () => {
    const r = await t.gql<{ sendQuotaReminders: number }>(SEND, { y: YEAR }, finance);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.sendQuotaReminders;
  };
  const desk = async (token: string) => {
    const r = await t.gql<Desk>(DESK, {}, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  /** Who the school's reminders are for: its members and its admins. */
  const schoolPeople = async () =>
    (
      (await t.db.query(
        `SELECT id FROM app_user WHERE unit_id = $1 UNION SELECT user_id FROM role_grant WHERE role = 'unit_admin' AND unit_id = $1`,
        [school],
      )) as { id: string }[]
    )
      .map((r) => r.id)
      .sort();
  /** How many of these units have a member or an admin. */
  const withPeople = async (unitIds: string[]) =>
    (
      (await t.db.query(
        `SELECT count(*)::int AS n FROM (SELECT unit_id FROM app_user WHERE unit_id = ANY($1::uuid[])
           UNION SELECT unit_id FROM role_grant WHERE role = 'unit_admin' AND unit_id = ANY($1::uuid[])) x`,
        [unitIds],
      )) as { n: number }[]
    )[0].n;
  const recipientsOf = async (body: string) =>
    (
      (await t.db.query(`SELECT user_id FROM notification WHERE kind = 'quota_reminder' AND ref_id = $1 AND body = $2`, [
        school,
        body,
      ])) as {
        user_id: string;
      }[]
    )
      .map((r) => r.user_id)
      .sort();

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    ids = await demoIds(t);
    school = ids.units['fenxi-no1-school'];
    finance = await t.loginAs('finance');
    unitAdmin = await t.loginAs('unit-admin');
    buyer = await t.loginAs('buyer');
  });
  afterAll(() => t.close());

  it('finance reminds the units behind pace at most once a day; every member and admin of the unit gets it on the quota desk and in the notification centre', async () => {
    const ranking = await t.gql<{ jurisdictionRanking: { rows: { unitId: string; status: string }[] } }>(RANKING, { y: YEAR }, finance);
    const behind = ranking.data!.jurisdictionRanking.rows.filter((r) => r.status !== 'green').map((r) => r.unitId);
    const sent = await send();
    // every unit behind pace that has anyone to tell; in the demo county the school alone has people
    expect(sent).toBe(await withPeople(behind));
    expect(behind).toContain(school);
    expect(behind.length).toBeGreaterThan(sent);
    expect(await send()).toBe(0);
    const reached: { n: number }[] = await t.db.query(
      `SELECT count(DISTINCT ref_id)::int AS n FROM notification WHERE kind = 'quota_reminder' AND ref_type = 'work_unit'`,
    );
    expect(reached[0].n).toBe(sent);

    const mine = await desk(unitAdmin);
    expect(mine.myQuotaReminders).toHaveLength(1);
    const [reminder] = mine.myQuotaReminders;
    expect(reminder).toMatchObject({ unitId: school, readAt: null });
    expect(reminder.message).toMatch(new RegExp(`^${YEAR} 年以购代捐完成率 .*%，低于全年进度 .*%，请抓紧采购$`));
    expect(mine.myUnreadQuotaReminderCount).toBe(1);
    expect(await recipientsOf(reminder.message)).toEqual(await schoolPeople());
    expect(await schoolPeople()).toEqual(expect.arrayContaining([ids.users['unit-admin'], ids.users['buyer']]));

    const centre = await t.gql<Centre>(CENTRE, {}, unitAdmin);
    expect(centre.data?.myNotifications.edges.map((e) => e.node)).toContainEqual({
      id: reminder.id,
      kind: 'quota_reminder',
      title: '以购代捐进度提醒',
      body: reminder.message,
      refType: 'work_unit',
      refId: school,
      readAt: null,
    });
  });

  it('each person reads their own copy: the admin marks one, then all, while the buyer’s stay unread; others’ reminders are out of reach', async () => {
    // the school's reminder as from an earlier month: a new send reaches the school again, and only the school
    await t.db.query(`UPDATE notification SET created_at = created_at - interval '20 days' WHERE kind = 'quota_reminder' AND ref_id = $1`, [
      school,
    ]);
    expect(await send()).toBe(1);
    const mine = await desk(unitAdmin);
    expect(mine.myQuotaReminders).toHaveLength(2);
    expect(mine.myUnreadQuotaReminderCount).toBe(2);
    expect(Date.parse(mine.myQuotaReminders[0].createdAt)).toBeGreaterThan(Date.parse(mine.myQuotaReminders[1].createdAt));

    // out of the quota desk's reach: the buyer's copy, and the admin's own notification of another kind
    const buyersCopy = (await desk(buyer)).myQuotaReminders[0].id;
    await t.db.transaction((em) =>
      t.api.app
        .get(NotificationService)
        .send(em, [ids.users['unit-admin']], { kind: 'unit_join_request', title: '新的加入单位申请', body: '—' }),
    );
    const [otherKind]: { id: string }[] = await t.db.query(
      `SELECT id FROM notification WHERE user_id = $1 AND kind = 'unit_join_request'`,
      [ids.users['unit-admin']],
    );
    for (const id of [buyersCopy, otherKind.id, 'not-an-id', '99999999999999999999']) {
      const r = await t.gql(MARK, { id }, unitAdmin);
      expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect(
      (await t.db.query(`SELECT read_at FROM notification WHERE id = ANY($1::bigint[])`, [[buyersCopy, otherKind.id]])).map(
        (r: { read_at: Date | null }) => r.read_at,
      ),
    ).toEqual([null, null]);

    const first = mine.myQuotaReminders[0].id;
    const one = await t.gql<{ markQuotaReminderRead: { id: string; readAt: string | null } }>(MARK, { id: first }, unitAdmin);
    expect(one.errors).toBeUndefined();
    expect(one.data?.markQuotaReminderRead.readAt).not.toBeNull();
    const again = await t.gql<{ markQuotaReminderRead: { readAt: string } }>(MARK, { id: first }, unitAdmin);
    expect(again.data?.markQuotaReminderRead.readAt).toBe(one.data?.markQuotaReminderRead.readAt);
    let after = await desk(unitAdmin);
    expect(after.myUnreadQuotaReminderCount).toBe(1);
    expect(after.myQuotaReminders.find((r) => r.id === first)?.readAt).toBe(one.data?.markQuotaReminderRead.readAt);
    // the same row in the notification centre
    const centre = await t.gql<Centre>(CENTRE, {}, unitAdmin);
    expect(centre.data?.myNotifications.edges.find((e) => e.node.id === first)?.node.readAt).toBe(one.data?.markQuotaReminderRead.readAt);

    const all = await t.gql<{ markAllQuotaRemindersRead: number }>(`mutation { markAllQuotaRemindersRead }`, {}, unitAdmin);
    expect(all.data?.markAllQuotaRemindersRead).toBe(1);
    after = await desk(unitAdmin);
    expect(after.myUnreadQuotaReminderCount).toBe(0);
    expect(after.myQuotaReminders.every((r) => r.readAt !== null)).toBe(true);
    expect(
      (await t.gql<{ markAllQuotaRemindersRead: number }>(`mutation { markAllQuotaRemindersRead }`, {}, unitAdmin)).data
        ?.markAllQuotaRemindersRead,
    ).toBe(0);

    const theirs = await desk(buyer);
    expect(theirs.myUnreadQuotaReminderCount).toBe(2);
    expect(theirs.myQuotaReminders.every((r) => r.readAt === null)).toBe(true);
  });

  it('the notification centre pages newest first by id: each page starts after the last; a cursor past bigint is INVALID_CURSOR', async () => {
    await t.db.transaction((em) =>
      t.api.app.get(NotificationService).sendEach(
        em,
        [1, 2, 3].map((i) => ({ userId: ids.users['finance'], kind: 'paging_check', title: `第 ${i} 条`, body: '—' })),
      ),
    );
    const PAGE = `query($first: Int, $after: String) { myNotifications(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    type Page = {
      myNotifications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { id: string } }[];
      };
    };
    const all = (await t.gql<Page>(PAGE, { first: 50 }, finance)).data!.myNotifications;
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
    expect(all.totalCount).toBeLessThan(50);
    const newestFirst: string[] = all.edges.map((e) => e.node.id);
    expect(newestFirst.map(Number)).toEqual([...newestFirst.map(Number)].sort((a, b) => b - a));
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page['myNotifications'] = (await t.gql<Page>(PAGE, { first: 2, after }, finance)).data!.myNotifications;
      expect(page.totalCount).toBe(all.totalCount);
      walked.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(newestFirst);

    const pastBigint = Buffer.from(JSON.stringify(['99999999999999999999'])).toString('base64url');
    const bad = await t.gql(PAGE, { first: 2, after: pastBigint }, finance);
    expect(bad.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });

  it('the migration moves old quota_reminder rows into the inbox: to every member and admin of the unit, with text, time, sender and read state', async () => {
    const migration = new OneInbox1796530000421();
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      // down gives the reminders back to the old table, one per unit and sending: the school's two, read (its admin read them)
      const back: { read: boolean }[] = await t.db.query(`SELECT read_at IS NOT NULL AS read FROM quota_reminder WHERE unit_id = $1`, [
        school,
      ]);
      expect(back).toEqual([{ read: true }, { read: true }]);
      await t.db.query(`DELETE FROM quota_reminder`);
      await t.db.query(
        `INSERT INTO quota_reminder (unit_id, year, message, sent_by, read_at, created_at) VALUES
           ($1, $3, '旧提醒：尚未读', $2, NULL, now() - interval '30 days'),
           ($1, $3, '旧提醒：已读', $2, now() - interval '9 days', now() - interval '10 days')`,
        [school, ids.users['finance'], YEAR],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect((await t.db.query(`SELECT to_regclass('quota_reminder') AS t`))[0].t).toBeNull();

    for (const token of [unitAdmin, buyer]) {
      const mine = await desk(token);
      expect(mine.myQuotaReminders.map((r) => [r.message, r.readAt === null])).toEqual([
        ['旧提醒：已读', false],
        ['旧提醒：尚未读', true],
      ]);
      expect(mine.myQuotaReminders.every((r) => r.unitId === school)).toBe(true);
      expect(mine.myUnreadQuotaReminderCount).toBe(1);
    }
    const people = await schoolPeople();
    expect(await recipientsOf('旧提醒：尚未读')).toEqual(people);
    expect(await recipientsOf('旧提醒：已读')).toEqual(people);
    const kept: { sent_by: string; days: number; read_days: number | null }[] = await t.db.query(
      `SELECT DISTINCT sent_by, round(extract(epoch FROM now() - created_at) / 86400)::int AS days,
              round(extract(epoch FROM now() - read_at) / 86400)::int AS read_days
         FROM notification WHERE kind = 'quota_reminder' ORDER BY days`,
    );
    expect(kept).toEqual([
      { sent_by: ids.users['finance'], days: 10, read_days: 9 },
      { sent_by: ids.users['finance'], days: 30, read_days: null },
    ]);
  });
});
