import type { TestApp } from './test-app';

/** The demo data's work units, id by demo key (`fenxi-no1-school` …). */
export async function demoUnitIds(t: TestApp): Promise<Record<string, string>> {
  const rows: { id: string; demo_key: string }[] = await t.db.query(`SELECT id, demo_key FROM work_unit WHERE demo_key IS NOT NULL`);
  return Object.fromEntries(rows.map((r) => [r.demo_key, r.id]));
}

/** The unit a person belongs to now (null: none). */
export async function unitOfUser(t: TestApp, userId: string): Promise<string | null> {
  return (await t.db.query(`SELECT unit_id FROM app_user WHERE id = $1`, [userId]))[0].unit_id;
}

/** The work-unit suites' set-up: the demo units by key and the unit admin's (汾西县第一中学) token. */
export async function demoUnitsAndAdmin(t: TestApp): Promise<{ units: Record<string, string>; unitAdmin: string }> {
  const [units, unitAdmin] = await Promise.all([demoUnitIds(t), t.loginAs('unit-admin')]);
  return { units, unitAdmin };
}
