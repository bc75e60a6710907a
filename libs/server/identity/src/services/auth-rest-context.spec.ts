import { RequestContext } from '@yigou/server/core';
import { AuthService } from './auth.service';

/** An AuthService whose token check is stood in for: it records what it was asked and answers an anonymous context. */
function authRecording() {
  const asked: [string | null, string][] = [];
  const auth = Object.create(AuthService.prototype) as AuthService;
  Reflect.set(auth, 'restContexts', new WeakMap());
  auth.contextFromToken = async (token: string | null, ip: string) => {
    asked.push([token, ip]);
    return { ctx: new RequestContext(null, ip), tokenInvalid: token !== null };
  };
  return { auth, asked };
}

describe('AuthService.restContext', () => {
  it('reads the request’s bearer token and client address, and answers the context alone', async () => {
    const { auth, asked } = authRecording();
    const ctx = await auth.restContext({ headers: { authorization: 'Bearer abc.def ' }, ip: '10.0.0.7' });
    expect(asked).toEqual([['abc.def', '10.0.0.7']]);
    expect(ctx).toBeInstanceOf(RequestContext);
    expect(ctx.user).toBeNull();
  });

  it('asks with no token when there is no bearer header, and calls an address it does not know “unknown”', async () => {
    const { auth, asked } = authRecording();
    await auth.restContext({ headers: { authorization: 'Basic eDp5' } });
    await auth.restContext({ headers: {} });
    expect(asked).toEqual([
      [null, 'unknown'],
      [null, 'unknown'],
    ]);
  });

  it('checks a request’s token once however often it is asked (the upload gate, then the handler)', async () => {
    const { auth, asked } = authRecording();
    const req = { headers: { authorization: 'Bearer one.two' }, ip: '10.0.0.8' };
    const [first, second] = [await auth.restContext(req), await auth.restContext(req)];
    expect(first).toBe(second);
    expect(asked).toEqual([['one.two', '10.0.0.8']]);
    await auth.restContext({ ...req });
    expect(asked).toHaveLength(2);
  });
});
