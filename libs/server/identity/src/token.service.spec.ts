import jwt from 'jsonwebtoken';
import type { AppConfig } from '@yigou/server/core';
import { TokenService } from './token.service';

const SECRET = 'spec-secret-spec-secret-spec-secret-0123';
const service = (secret = SECRET) => new TokenService({ jwtSecret: secret, accessTokenTtlSeconds: 900 } as AppConfig);

describe('TokenService', () => {
  it('verifies its own access tokens and returns the user id', () => {
    const { token, expiresAt } = service().signAccess('user-1', new Date());
    expect(service().verifyAccess(token)).toBe('user-1');
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('accepts tokens signed with the plain string secret (issued before the key object) and vice versa', () => {
    const old = jwt.sign({ sub: 'user-2', typ: 'access' }, SECRET, { algorithm: 'HS256', issuer: 'yigou', expiresIn: 60 });
    expect(service().verifyAccess(old)).toBe('user-2');
    const fresh = service().signAccess('user-3').token;
    expect((jwt.verify(fresh, SECRET, { algorithms: ['HS256'] }) as { sub: string }).sub).toBe('user-3');
  });

  it('rejects another secret, an expired token, a refresh-typed token and another algorithm', () => {
    expect(service('another-secret-another-secret-another-1').verifyAccess(service().signAccess('u').token)).toBeNull();
    const expired = service().signAccess('u', new Date(Date.now() - 3600_000)).token;
    expect(service().verifyAccess(expired)).toBeNull();
    expect(service().verifyAccess(jwt.sign({ sub: 'u', typ: 'refresh' }, SECRET, { algorithm: 'HS256', issuer: 'yigou', expiresIn: 60 }))).toBeNull();
    expect(service().verifyAccess(jwt.sign({ sub: 'u', typ: 'access' }, SECRET, { algorithm: 'HS512', issuer: 'yigou', expiresIn: 60 }))).toBeNull();
    expect(service().verifyAccess('not.a.token')).toBeNull();
  });
});
