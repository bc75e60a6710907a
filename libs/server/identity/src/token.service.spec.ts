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

  it('remembers a verified token only until it expires, and only tokens that verified', () => {
    jest.useFakeTimers({ now: new Date('2026-11-30T08:00:00Z') });
    try {
      const tokens = service();
      const { token } = tokens.signAccess('user-4', new Date());
      expect(tokens.verifyAccess(token)).toBe('user-4');
      expect(tokens.verifyAccess(token)).toBe('user-4');
      jest.setSystemTime(new Date('2026-11-30T08:14:59Z'));
      expect(tokens.verifyAccess(token)).toBe('user-4');
      jest.setSystemTime(new Date('2026-11-30T08:15:00Z'));
      expect(tokens.verifyAccess(token)).toBeNull();
      expect(tokens.verifyAccess(token)).toBeNull();
      // A forged token is refused every time: a refusal is never remembered as a pass.
      const forged = service('another-secret-another-secret-another-1').signAccess('user-4').token;
      expect(tokens.verifyAccess(forged)).toBeNull();
      expect(tokens.verifyAccess(forged)).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps at most verifiedLimit tokens and still verifies the ones it let go', () => {
    const tokens = service();
    expect(tokens.verifiedLimit).toBe(10_000);
    tokens.verifiedLimit = 5;
    const first = tokens.signAccess('user-first').token;
    expect(tokens.verifyAccess(first)).toBe('user-first');
    for (let i = 0; i < 5; i++) {
      expect(tokens.verifyAccess(jwt.sign({ sub: `u${i}`, typ: 'access' }, SECRET, { algorithm: 'HS256', issuer: 'yigou', expiresIn: 60 }))).toBe(`u${i}`);
    }
    expect((tokens as unknown as { verified: Map<string, unknown> }).verified.size).toBe(5);
    expect((tokens as unknown as { verified: Map<string, unknown> }).verified.has(first)).toBe(false);
    expect(tokens.verifyAccess(first)).toBe('user-first');
  });
});
