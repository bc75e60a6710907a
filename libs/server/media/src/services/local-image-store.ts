import { mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { CONTENT_TYPES, ImageStore, StoredObject } from './image-store';

/** The default: files under <dataDir>/media/uploads, served by the API's static file handler (apps/api/src/media/media-files.ts). */
export class LocalImageStore implements ImageStore {
  readonly kind = 'local' as const;
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = resolve(join(dataDir, 'media', 'uploads'));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const file = join(this.dir, key);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(join(this.dir, key))).isFile();
    } catch {
      return false;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    try {
      const body = await readFile(join(this.dir, key));
      return { body, contentType: CONTENT_TYPES[key.split('.').pop() ?? ''] ?? 'application/octet-stream', etag: null };
    } catch {
      return null;
    }
  }

  publicUrl(): string | null {
    return null;
  }

  async remove(key: string): Promise<void> {
    await unlink(join(this.dir, key)).catch(() => undefined);
  }
}
