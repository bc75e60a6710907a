import { buildSchema, DocumentNode, parse } from 'graphql';
import { queryLimitsPlugin } from './query-limits.plugin';

const schema = buildSchema(`
  type Product { id: ID! name: String! related(first: Int): [Product!]! }
  input Filter { text: String, first: Int }
  type Query { products(first: Int, filter: Filter): [Product!]! }
`);

/** Runs the plugin's check the way Apollo does; resolves to the refusal message, or null when allowed. */
async function verdict(limits: { maxDepth: number; maxComplexity: number }, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string) {
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

  it('refuses nesting deeper than the limit, every time', async () => {
    const deep = parse(`{ products { related { related { related { related { id } } } } } }`);
    expect(await verdict(limits, deep)).toMatch(/查询嵌套过深（6 层，最多 4 层）/);
    expect(await verdict(limits, deep)).toMatch(/嵌套过深/);
  });
});
