import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { AppConfig } from '@yigou/server/core';
import { TokenService } from './token.service';

const SECRET = 'spec-secret-spec-secret-spec-secret-0123';
const service = (secret = SECRET) => new TokenService({ jwtSecret: secret, accessTokenTtlSeconds: 900 } as AppConfig);
const [U1, U2, U3, U4, SID] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const signed = (claims: Record<string, unknown>, options: jwt.SignOptions = { algorithm: 'HS256', issuer: 'yigou', expiresIn: 60 }) =>
  jwt.sign(claims, SECRET, options);

describe('TokenService', () => {
  it('verifies its own access tokens and returns the user and session', () => {
    const { token, expiresAt } = service().signAccess(U1, SID, new Date());
    expect(service().verifyAccess(token)).toEqual({ userId: U1, sessionId: SID });
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it('accepts tokens signed with the plain string secret (issued before the key object) and vice versa', () => {
    const old = signed({ sub: U2, sid: SID, typ: 'access' });
    expect(service().verifyAccess(old)?.userId).toBe(U2);
    const fresh = service().signAccess(U3, SID).token;
    expect((jwt.verify(fresh, SECRET, { algorithms: ['HS256'] }) as { sub: string }).sub).toBe(U3);
  });

  it('rejects another secret, an expired token, a refresh-typed token and another algorithm', () => {
    expect(service('another-secret-another-secret-another-1').verifyAccess(service().signAccess(U1, SID).token)).toBeNull();
    const expired = service().signAccess(U1, SID, new Date(Date.now() - 3600_000)).token;
    expect(service().verifyAccess(expired)).toBeNull();
    expect(service().verifyAccess(signed({ sub: U1, sid: SID, typ: 'refresh' }))).toBeNull();
    expect(
      service().verifyAccess(signed({ sub: U1, sid: SID, typ: 'access' }, { algorithm: 'HS512', issuer: 'yigou', expiresIn: 60 })),
    ).toBeNull();
    expect(service().verifyAccess('not.a.token')).toBeNull();
  });

  it('refuses a token that never expires, one without a session and one whose ids are not uuids', () => {
    expect(service().verifyAccess(signed({ sub: U1, sid: SID, typ: 'access' }, { algorithm: 'HS256', issuer: 'yigou' }))).toBeNull();
    expect(service().verifyAccess(signed({ sub: U1, typ: 'access' }))).toBeNull();
    expect(service().verifyAccess(signed({ sub: "1' OR '1'='1", sid: SID, typ: 'access' }))).toBeNull();
    expect(service().verifyAccess(signed({ sub: U1, sid: 'x', typ: 'access' }))).toBeNull();
  });

  it('remembers a verified token only until it expires, and only tokens that verified', () => {
    jest.useFakeTimers({ now: new Date('2026-11-30T08:00:00Z') });
    try {
      const tokens = service();
      const { token } = tokens.signAccess(U4, SID, new Date());
      expect(tokens.verifyAccess(token)?.userId).toBe(U4);
      expect(tokens.verifyAccess(token)?.userId).toBe(U4);
      jest.setSystemTime(new Date('2026-11-30T08:14:59Z'));
      expect(tokens.verifyAccess(token)).toEqual({ userId: U4, sessionId: SID });
      jest.setSystemTime(new Date('2026-11-30T08:15:00Z'));
      expect(tokens.verifyAccess(token)).toBeNull();
      expect(tokens.verifyAccess(token)).toBeNull();
      // A forged token is refused every time: a refusal is never remembered as a pass.
      const forged = service('another-secret-another-secret-another-1').signAccess(U4, SID).token;
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
    const first = tokens.signAccess(U1, SID).token;
    expect(tokens.verifyAccess(first)?.userId).toBe(U1);
    for (let i = 0; i < 5; i++) {
      const user = randomUUID();
      expect(tokens.verifyAccess(signed({ sub: user, sid: SID, typ: 'access' }))?.userId).toBe(user);
    }
    expect((tokens as unknown as { verified: Map<string, unknown> }).verified.size).toBe(5);
    expect((tokens as unknown as { verified: Map<string, unknown> }).verified.has(first)).toBe(false);
    expect(tokens.verifyAccess(first)?.userId).toBe(U1);
  });
});
