import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';

export interface AccessClaims {
  sub: string;
}

/** Short-lived signed access tokens (HS256) and opaque random refresh tokens. */
@Injectable()
export class TokenService {
  /**
   * The secret as a KeyObject, made once: given a string, jsonwebtoken first tries
   * to parse it as a PEM public key on every verify (and throws), which cost ~12 %
   * of the API's CPU per authenticated request in bench/checkout-hot-sku.
   */
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  signAccess(userId: string, now = new Date()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    const token = jwt.sign({ sub: userId, typ: 'access', iat, exp }, this.key, {
      algorithm: 'HS256',
      issuer: 'yigou',
    });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns the user id, or null when the token is invalid or expired. */
  verifyAccess(token: string): string | null {
    try {
      const payload = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: 'yigou' });
      if (typeof payload !== 'object' || payload === null) return null;
      const { sub, typ } = payload as { sub?: unknown; typ?: unknown };
      return typeof sub === 'string' && typ === 'access' ? sub : null;
    } catch {
      return null;
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hashRefresh(token) };
  }

  hashRefresh(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
