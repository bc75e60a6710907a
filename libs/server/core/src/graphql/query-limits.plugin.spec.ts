import { buildSchema, DocumentNode, parse } from 'graphql';
import { QueryLimits, queryLimitsPlugin } from './query-limits.plugin';

const schema = buildSchema(`
  type Product { id: ID! name: String! related(first: Int): [Product!]! }
  input Filter { text: String, first: Int }
  type Query { products(first: Int, filter: Filter, search: String, after: String): [Product!]! }
`);

/** Runs the plugin's check the way Apollo does; resolves to the refusal message, or null when allowed. */
async function verdict(limits: QueryLimits, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
  const plugin = queryLimitsPlugin(limits);
  const listener = await plugin.requestDidStart!({} as never);
  try {
    await listener!.didResolveOperation!({ request: { variables, operationName }, document, schema } as never);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('queryLimitsPlugin', () => {
  const limits = { maxDepth: 4, maxComplexity: 500 };

  it('prices page sizes given through Int variables, again for each new value of the same document', async () => {
    const plugin = queryLimitsPlugin(limits);
    const listener = await plugin.requestDidStart!({} as never);
    const doc = parse(`query($n: Int, $m: Int!) { products(first: $n) { related(first: $m) { id } } }`);
    const run = (variables: Record<string, unknown>) =>
      listener!.didResolveOperation!({ request: { variables }, document: doc, schema } as never).then(
        () => null,
        (e: Error) => e.message,
      );
    expect(await run({ n: 2, m: 10 })).toBeNull();
    expect(await run({ n: 100, m: 10 })).toMatch(/查询过于复杂（复杂度 \d+，上限 500）/);
    expect(await run({ n: 2, m: 10 })).toBeNull();
    expect(await run({ n: 10, m: 100 })).toMatch(/过于复杂/);
  });

  it('gives the same figure whatever the other variables hold', async () => {
    const doc = parse(`query($f: Filter) { products(first: 100, filter: $f) { related(first: 100) { id } } }`);
    expect(await verdict(limits, doc, { f: { text: '梨' } })).toMatch(/过于复杂/);
    expect(await verdict(limits, doc, { f: { text: '鸡', first: 1 } })).toMatch(/过于复杂/);
    const cheap = parse(`query($f: Filter) { products(first: 3, filter: $f) { id } }`);
    expect(await verdict(limits, cheap, { f: { text: '梨' } })).toBeNull();
  });

  it('tells the operations of one document apart by name', async () => {
    const doc = parse(`query Cheap { products(first: 1) { id } } query Costly { products(first: 100) { related(first: 100) { id } } }`);
    const plugin = queryLimitsPlugin(limits);
    const listener = await plugin.requestDidStart!({} as never);
    const run = (operationName: string) =>
      listener!.didResolveOperation!({ request: { variables: {}, operationName }, document: doc, schema } as never).then(
        () => null,
        (e: Error) => e.message,
      );
    expect(await run('Cheap')).toBeNull();
    expect(await run('Costly')).toMatch(/过于复杂/);
    expect(await run('Cheap')).toBeNull();
  });

  it('charges nothing for __typename, which Apollo Client adds to every selection set and fragment', async () => {
    const tight = { maxDepth: 4, maxComplexity: 220 }; // products(first: 100) { id name } = 20 + 100 × 2
    const plain = parse(`{ products(first: 100) { id name } }`);
    const asApolloSendsIt = parse(`{ products(first: 100) { __typename id ...F } } fragment F on Product { __typename name }`);
    expect(await verdict(tight, plain)).toBeNull();
    expect(await verdict(tight, asApolloSendsIt)).toBeNull();
    expect(await verdict({ ...tight, maxComplexity: 219 }, asApolloSendsIt)).toMatch(/复杂度 220，上限 219/);
  });

  it('refuses nesting deeper than the limit, every time', async () => {
    const deep = parse(`{ products { related { related { related { related { id } } } } } }`);
    expect(await verdict(limits, deep)).toMatch(/查询嵌套过深（6 层，最多 4 层）/);
    expect(await verdict(limits, deep)).toMatch(/嵌套过深/);
  });

  it('counts every alias of a root field at the root field cost', async () => {
    const aliases = (n: number) => parse(`{ ${Array.from({ length: n }, (_, i) => `a${i}: products(first: 1) { id }`).join(' ')} }`);
    const wide = { maxDepth: 4, maxComplexity: 500, rootFieldCost: 20 };
    expect(await verdict(wide, aliases(20))).toBeNull(); // 20 × (20 + 1) = 420
    expect(await verdict(wide, aliases(25))).toMatch(/复杂度 525/);
  });

  it('refuses variables that do not fit their declared types, as bad input', async () => {
    const doc = parse(`query($n: Int!) { products(first: $n) { id } }`);
    expect(await verdict(limits, doc, { n: 'abc' })).toMatch(/^输入格式不正确/);
    expect(await verdict(limits, doc, {})).toMatch(/^输入格式不正确/);
  });

  it('refuses NUL characters and String arguments past their length, in variables and literals', async () => {
    const doc = parse(`query($s: String) { products(search: $s) { id } }`);
    expect(await verdict(limits, doc, { s: 'a\u0000b' })).toBe('输入含有不允许的控制字符（NUL）');
    expect(await verdict(limits, parse(`{ products(search: "a\\u0000b") { id } }`))).toBe('输入含有不允许的控制字符（NUL）');
    expect(await verdict({ ...limits, maxArgLength: 10 }, doc, { s: '梨'.repeat(11) })).toBe('输入过长：search 最多 10 个字');
    expect(await verdict({ ...limits, maxArgLength: 10 }, doc, { s: '梨'.repeat(10) })).toBeNull();
    expect(await verdict({ ...limits, maxArgLength: 10 }, parse(`{ products(search: "${'梨'.repeat(11)}") { id } }`))).toBe(
      '输入过长：search 最多 10 个字',
    );
    // cursors carry sort keys: up to 512 characters whatever the default
    expect(
      await verdict({ ...limits, maxArgLength: 10 }, parse(`query($a: String) { products(after: $a) { id } }`), { a: 'x'.repeat(512) }),
    ).toBeNull();
  });

  it('answers its refusals with HTTP 400', async () => {
    const plugin = queryLimitsPlugin(limits);
    const listener = await plugin.requestDidStart!({} as never);
    const e = await listener!.didResolveOperation!({
      request: { variables: {} },
      document: parse(`{ products { related { related { related { related { id } } } } } }`),
      schema,
    } as never).catch((x: unknown) => x);
    expect((e as { extensions: { http: { status: number } } }).extensions.http.status).toBe(400);
  });
});
