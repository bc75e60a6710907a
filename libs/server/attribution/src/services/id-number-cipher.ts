import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const DEV_KEY_SEED = 'yigou-dev-household-id-key (not for production)';

export class IdNumberCipherError extends Error {}

/**
 * AES-256-GCM for household heads' ID numbers at rest. Output is
 * `v1:<iv>:<tag>:<ciphertext>` in base64url; a fresh IV per value, so equal
 * IDs do not look equal in the table. The key comes from HOUSEHOLD_ID_KEY
 * (64 hex chars or 32 bytes base64); without it a fixed development key is
 * used, which production refuses.
 */
export class IdNumberCipher {
  private constructor(private readonly key: Buffer) {}

  static fromEnv(env: Record<string, string | undefined> = process.env): IdNumberCipher {
    const raw = env.HOUSEHOLD_ID_KEY?.trim();
    if (!raw) {
      if (env.NODE_ENV === 'production') throw new IdNumberCipherError('HOUSEHOLD_ID_KEY must be set in production');
      return new IdNumberCipher(createHash('sha256').update(DEV_KEY_SEED).digest());
    }
    return IdNumberCipher.fromKey(raw);
  }

  static fromKey(raw: string): IdNumberCipher {
    const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
    if (key.length !== 32) throw new IdNumberCipherError('HOUSEHOLD_ID_KEY must be 32 bytes (64 hex characters or base64)');
    return new IdNumberCipher(key);
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join(':');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, data] = stored.split(':');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new IdNumberCipherError('unrecognised ciphertext');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new IdNumberCipherError('ciphertext does not match the key or was altered');
    }
  }
}
