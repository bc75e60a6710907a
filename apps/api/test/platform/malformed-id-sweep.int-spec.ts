import { createTestApp, TestApp } from '@yigou/server/testing';
import { tempDataDir } from '../suppliers/supplier-fixtures';

jest.setTimeout(300_000);

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
type InputValue = { name: string; type: TypeRef; defaultValue: string | null };
type FullType = { name: string; kind: string; inputFields: InputValue[] | null; enumValues: { name: string }[] | null };
type OpField = { name: string; args: InputValue[]; type: TypeRef };

const INTROSPECT = `{
  __schema {
    queryType { fields { name args { ...V } type { ...T } } }
    mutationType { fields { name args { ...V } type { ...T } } }
    types { name kind inputFields { ...V } enumValues { name } }
  }
}
fragment V on __InputValue { name defaultValue type { ...T } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

const MALFORMED = 'not-a-uuid';
/** String arguments and fields that carry an id (inputs older than the ID scalar's use). */
const ID_LIKE = /(^id$|Id$)/;
/** Text fields whose checks run before the id's lookup, with values that pass them. */
const SAMPLE_TEXT: Record<string, string> = {
  trackingNo: 'SF1234567890',
  carrierCode: 'SF',
  carrier: '顺丰速运',
  province: '山西省',
  city: '临汾市',
  district: '汾西县',
  recipient: '李建国',
  detail: '永安镇府前街 1 号',
  invoiceNo: '26142000000000000001',
};
/** Operations a malformed id cannot reach or that end the caller's session, left out of the sweep. */
const SKIP = new Set(['logout', 'deleteMyAccount']);

/**
 * Every query and mutation that takes an id (an ID argument or an ID field of its input, or a String named *Id), called
 * with 'not-a-uuid' in it by each demo role: the answer is a refusal in Chinese (NOT_FOUND, BAD_USER_INPUT, FORBIDDEN …),
 * never INTERNAL_SERVER_ERROR, no English validator message, and not the database's refusal of the uuid cast. The other
 * arguments are filled with plausible values, so a check that runs before the id's lookup may answer first (shipOrder's
 * tracking number, say); that answer is held to the same rule. SWEEP_LOG=1 prints every answer, to see how far each got.
 */
describe('a malformed id is refused in Chinese by every operation, never a server error', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let types: Map<string, FullType>;
  let ops: { kind: 'query' | 'mutation'; field: OpField }[];

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, dataDir: tempDataDir() });
    for (const l of ['admin', 'buyer', 'purchaser', 'unit-admin', 'supplier', 'host', 'county-admin', 'finance', 'auditor'])
      tokens[l] = await t.loginAs(l);
    const r = await t.gql<{
      __schema: { queryType: { fields: OpField[] }; mutationType: { fields: OpField[] }; types: FullType[] };
    }>(INTROSPECT, {}, tokens.admin);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    types = new Map(r.data.__schema.types.map((x) => [x.name, x]));
    ops = [
      ...r.data.__schema.queryType.fields.map((field) => ({ kind: 'query' as const, field })),
      ...r.data.__schema.mutationType.fields.map((field) => ({ kind: 'mutation' as const, field })),
    ].filter((o) => !SKIP.has(o.field.name));
  });
  afterAll(() => t.close());

  const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
  const isList = (ref: TypeRef): boolean => ref.kind === 'LIST' || (!!ref.ofType && isList(ref.ofType));
  const required = (ref: TypeRef) => ref.kind === 'NON_NULL';

  /** Whether a value of this type carries an id (to the depth of nested inputs). */
  const carriesId = (name: string, ref: TypeRef, depth = 0): boolean => {
    const n = named(ref);
    if (n.name === 'ID') return true;
    if (n.name === 'String' && ID_LIKE.test(name)) return true;
    if (n.kind !== 'INPUT_OBJECT' || depth > 3) return false;
    return (types.get(n.name!)?.inputFields ?? []).some((f) => carriesId(f.name, f.type, depth + 1));
  };

  /** A plausible value; every id (and *Id string) malformed. Optional fields without an id are left out. */
  const value = (name: string, ref: TypeRef, depth = 0): unknown => {
    const n = named(ref);
    let one: unknown;
    if (n.name === 'ID' || (n.name === 'String' && ID_LIKE.test(name))) one = MALFORMED;
    else if (n.kind === 'ENUM') one = types.get(n.name!)!.enumValues![0].name;
    else if (n.kind === 'INPUT_OBJECT') {
      const out: Record<string, unknown> = {};
      for (const f of types.get(n.name!)!.inputFields ?? [])
        if ((required(f.type) && f.defaultValue === null) || f.name in SAMPLE_TEXT || carriesId(f.name, f.type, depth + 1))
          out[f.name] = value(f.name, f.type, depth + 1);
      one = out;
    } else if (n.name === 'Int') one = /year/i.test(name) ? 2025 : /days/i.test(name) ? 7 : 1;
    else if (n.name === 'Float') one = 1;
    else if (n.name === 'Boolean') one = false;
    else if (n.name === 'Fen') one = '100';
    else if (n.name === 'DateTime') one = '2025-06-01T00:00:00Z';
    else if (/month/i.test(name)) one = '2025-06';
    else if (/date|valid|from|to$/i.test(name)) one = '2025-06-01';
    else if (name in SAMPLE_TEXT) one = SAMPLE_TEXT[name];
    else if (/code/i.test(name)) one = '141034';
    else if (/phone/i.test(name)) one = '13800000002';
    else one = '核实用的文字';
    return isList(ref) ? [one] : one;
  };

  const typeText = (ref: TypeRef): string =>
    ref.kind === 'NON_NULL' ? `${typeText(ref.ofType!)}!` : ref.kind === 'LIST' ? `[${typeText(ref.ofType!)}]` : ref.name!;
  const selection = (ref: TypeRef) => (['OBJECT', 'UNION', 'INTERFACE'].includes(named(ref).kind) ? ' { __typename }' : '');

  it('answers every role with a coded Chinese refusal', async () => {
    const probed = ops.filter((o) => o.field.args.some((a) => carriesId(a.name, a.type)));
    expect(probed.length).toBeGreaterThan(80);
    const wrong: unknown[] = [];
    for (const { kind, field } of probed) {
      const args = field.args.filter((a) => (required(a.type) && a.defaultValue === null) || carriesId(a.name, a.type));
      const decl = args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const query = `${kind}${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection(field.type)} }`;
      const variables = Object.fromEntries(args.map((a) => [a.name, value(a.name, a.type)]));
      for (const [who, token] of Object.entries(tokens)) {
        const r = await t.gql(query, variables, token);
        const e = (r.errors as { message: string; extensions?: { code?: string } }[] | undefined)?.[0];
        const code = e?.extensions?.code;
        // '输入格式不正确' is the database's refusal of the uuid cast (DataExceptionFilter): the id reached SQL unchecked
        const reachedSql = e?.message === '输入格式不正确';
        if (
          e &&
          (code === 'INTERNAL_SERVER_ERROR' || reachedSql || !/[\u4e00-\u9fff]/.test(e.message)) &&
          code !== 'GRAPHQL_VALIDATION_FAILED'
        )
          wrong.push({ op: field.name, who, code, message: e.message, variables });
        if (process.env.SWEEP_LOG) console.log('SWEEP', field.name, who, e ? `${code} ${e.message}` : 'OK');
      }
    }
    expect(wrong).toEqual([]);
  });
});
