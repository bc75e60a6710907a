import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import { ROLES, type Role } from '@yigou/shared/domain';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { Access, ACCESS, PUBLIC, SIGNED_IN } from './authorization-table';

jest.setTimeout(120_000);

type Kind = keyof typeof ACCESS;
const KINDS: Kind[] = ['Query', 'Mutation', 'Subscription'];

/** A value of the right type for a required argument: enough to get past GraphQL's own checks to the guard. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Fen':
      return '100';
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'x';
  }
}

/** `mutation Op($a: ID!) { op(a: $a) { __typename } }` with sample values for the required arguments. */
function operation(kind: Kind, field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const decl = required.length ? `(${required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ')})` : '';
  const args = required.length ? `(${required.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind.toLowerCase()} Probe${decl} { ${field.name}${args}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

/** Runs `fn` over `items`, a few at a time. */
async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

describe('authorization: every GraphQL operation against the table of who may call it', () => {
  let t: TestApp;
  let ops: { kind: Kind; field: GraphQLField<unknown, unknown> }[];
  /** Every demo account, logged in once, with the roles it holds. */
  let accounts: { username: string; roles: Role[]; token: string }[];

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    const schema = t.api.app.get(GraphQLSchemaHost).schema;
    ops = KINDS.flatMap((kind) => {
      const type = schema.getType(kind) as GraphQLObjectType | undefined;
      return type ? Object.values(type.getFields()).map((field) => ({ kind, field })) : [];
    });
    const rows: { username: string; roles: Role[] }[] = await t.db.query(
      `SELECT u.username, array_agg(DISTINCT g.role) AS roles FROM app_user u JOIN role_grant g ON g.user_id = u.id
        WHERE u.email LIKE '%@demo.yigou.cn' GROUP BY u.username ORDER BY u.username`,
    );
    accounts = await Promise.all(rows.map(async (r) => ({ ...r, token: await t.loginAs(r.username) })));
  });
  afterAll(() => t.close());

  const access = (kind: Kind, name: string): Access | undefined => ACCESS[kind][name];
  const limited = () => ops.filter((o) => Array.isArray(access(o.kind, o.field.name)));

  it('the table names every operation of the built schema, and only those', () => {
    expect(ops.length).toBeGreaterThan(100);
    const missing = ops.filter((o) => access(o.kind, o.field.name) === undefined).map((o) => `${o.kind}.${o.field.name}`);
    expect(missing).toEqual([]);
    const inSchema = new Set(ops.map((o) => `${o.kind}.${o.field.name}`));
    const stale = KINDS.flatMap((k) => Object.keys(ACCESS[k]).map((n) => `${k}.${n}`)).filter((n) => !inSchema.has(n));
    expect(stale).toEqual([]);
  });

  it('every role in the table exists, and every role has a demo account to test with', () => {
    for (const o of limited()) for (const role of access(o.kind, o.field.name) as Role[]) expect(ROLES).toContain(role);
    const held = new Set(accounts.flatMap((a) => a.roles));
    expect(ROLES.filter((r) => !held.has(r))).toEqual([]);
  });

  it('every operation that is not public refuses an anonymous call before it runs', async () => {
    const wrong: string[] = [];
    const probes = ops.filter((o) => o.kind !== 'Subscription' && access(o.kind, o.field.name) !== PUBLIC);
    expect(probes.length).toBeGreaterThan(100);
    await inBatches(probes, 16, async ({ kind, field }) => {
      const { query, variables } = operation(kind, field);
      const r = await t.gql(query, variables);
      const code = r.errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED' || r.data?.[field.name as never] != null)
        wrong.push(`${kind}.${field.name}: ${code ?? 'answered'} ${r.errors?.[0]?.message ?? ''}`);
      else expect(r.errors?.[0]?.message).toBe('请先登录');
    });
    expect(wrong).toEqual([]);
  });

  it('public subscriptions are the only subscriptions (HTTP cannot probe a subscription’s guard)', () => {
    const subs = ops.filter((o) => o.kind === 'Subscription');
    expect(subs.filter((o) => access(o.kind, o.field.name) !== PUBLIC).map((o) => o.field.name)).toEqual([]);
  });

  it('every role-limited operation refuses each demo account that holds none of its roles', async () => {
    const wrong: string[] = [];
    const probes = limited().flatMap((o) => {
      const allowed = access(o.kind, o.field.name) as readonly Role[];
      return accounts.filter((a) => !a.roles.some((r) => allowed.includes(r))).map((a) => ({ ...o, account: a }));
    });
    expect(probes.length).toBeGreaterThan(200);
    await inBatches(probes, 16, async ({ kind, field, account }) => {
      const { query, variables } = operation(kind, field);
      const r = await t.gql(query, variables, account.token);
      const code = r.errors?.[0]?.extensions?.code;
      if (code !== 'FORBIDDEN' || r.data?.[field.name as never] != null)
        wrong.push(`${kind}.${field.name} as ${account.username}: ${code ?? 'answered'} ${r.errors?.[0]?.message ?? ''}`);
    });
    expect(wrong).toEqual([]);
  });

  it('signed-in operations are open to every role, so only the anonymous refusal applies to them', () => {
    const open = ops.filter((o) => access(o.kind, o.field.name) === SIGNED_IN).map((o) => o.field.name);
    // the ones a user acts on their own behalf with (cart, orders, addresses, follows, notifications, unit membership …)
    expect(open).toEqual(
      expect.arrayContaining(['myCart', 'placeOrder', 'myOrders', 'saveAddress', 'followCounty', 'myNotifications', 'joinUnitByCode']),
    );
  });
});
