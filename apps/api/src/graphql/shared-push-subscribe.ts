import { createSourceEventStream, execute, ExecutionArgs, ExecutionResult, print } from 'graphql';

/**
 * Marks a subscription payload that is the same object for every subscriber
 * and whose fields do not depend on who asks (the live room's coalesced push).
 * The key is global so the domain library can set it without importing the app.
 */
export const SHARED_PUSH = Symbol.for('yigou.sharedPush');

type Payload = Record<string | symbol, unknown>;
const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return !!x && typeof (x as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
}

/**
 * graphql-js `subscribe`, except that a payload marked SHARED_PUSH is executed
 * once per distinct document and variables and the result shared, instead of
 * once per subscriber: 10,000 viewers of one session cost one execution per push.
 */
export async function subscribeSharingPushes(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream as ExecutionResult;
  const key = `${args.operationName ?? ''}\u0000${print(args.document)}\u0000${JSON.stringify(args.variableValues ?? {})}`;
  const source = stream[Symbol.asyncIterator]();
  const run = (payload: unknown): Promise<ExecutionResult> => {
    if (payload && typeof payload === 'object' && (payload as Payload)[SHARED_PUSH]) {
      let byDoc = results.get(payload);
      if (!byDoc) {
        byDoc = new Map();
        results.set(payload, byDoc);
      }
      let r = byDoc.get(key);
      if (!r) {
        r = Promise.resolve(execute({ ...args, rootValue: payload }));
        byDoc.set(key, r);
      }
      return r;
    }
    return Promise.resolve(execute({ ...args, rootValue: payload }));
  };
  const mapped: AsyncGenerator<ExecutionResult> = {
    async next() {
      const n = await source.next();
      if (n.done) return { value: undefined, done: true };
      return { value: await run(n.value), done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    async throw(e: unknown) {
      await source.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  } as unknown as AsyncGenerator<ExecutionResult>;
  return mapped;
}
