import { randomBytes } from 'node:crypto';
import { IdNumberCipher, IdNumberCipherError } from './id-number-cipher';

describe('IdNumberCipher', () => {
  const id = '14103419850612002X';

  it('decrypts what it encrypted', () => {
    const c = IdNumberCipher.fromEnv({ NODE_ENV: 'development' });
    expect(c.decrypt(c.encrypt(id))).toBe(id);
  });

  it('never stores the ID in the clear and gives different ciphertexts for the same ID', () => {
    const c = IdNumberCipher.fromKey(randomBytes(32).toString('hex'));
    const a = c.encrypt(id);
    const b = c.encrypt(id);
    expect(a).not.toContain(id);
    expect(a).not.toBe(b);
    expect(c.decrypt(b)).toBe(id);
  });

  it('refuses a ciphertext made with another key or altered', () => {
    const a = IdNumberCipher.fromKey(randomBytes(32).toString('hex'));
    const b = IdNumberCipher.fromKey(randomBytes(32).toString('base64'));
    const stored = a.encrypt(id);
    expect(() => b.decrypt(stored)).toThrow(IdNumberCipherError);
    const tampered = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
    expect(() => a.decrypt(tampered)).toThrow(IdNumberCipherError);
  });

  it('requires a key in production and a 32-byte key when one is given', () => {
    expect(() => IdNumberCipher.fromEnv({ NODE_ENV: 'production' })).toThrow('HOUSEHOLD_ID_KEY');
    expect(() => IdNumberCipher.fromKey('short')).toThrow('32 bytes');
  });
});
