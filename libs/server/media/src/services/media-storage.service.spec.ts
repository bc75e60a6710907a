import sharp from 'sharp';
import type { DataSource } from 'typeorm';
import { ImageStore, StoredObject } from './image-store';
import { MediaStorageService } from './media-storage.service';

class MemoryStore implements ImageStore {
  readonly kind = 'local' as const;
  readonly objects = new Map<string, { bytes: Buffer; contentType: string }>();
  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    this.objects.set(key, { bytes, contentType });
  }
  async has(key: string): Promise<boolean> {
    return this.objects.has(key);
  }
  async get(key: string): Promise<StoredObject | null> {
    const o = this.objects.get(key);
    return o ? { body: o.bytes, contentType: o.contentType, etag: null } : null;
  }
  publicUrl(): string | null {
    return null;
  }
  async remove(key: string): Promise<void> {
    this.objects.delete(key);
  }
}

const stored = async (bytes: Buffer) => {
  const store = new MemoryStore();
  const image = await new MediaStorageService(store, {} as DataSource).saveImage(bytes);
  const key = image.url.replace('/media/uploads/', '');
  return { image, original: store.objects.get(key)! };
};

describe('MediaStorageService re-encodes what it stores', () => {
  it('drops EXIF (camera, GPS) from a JPEG and applies its orientation first', async () => {
    const photo = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#246' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Test Camera' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 39/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect((await sharp(photo).metadata()).orientation).toBe(6);
    const { image, original } = await stored(photo);
    const meta = await sharp(original.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(original.bytes.includes(Buffer.from('Test Camera'))).toBe(false);
    expect(original.contentType).toBe('image/jpeg');
    // orientation 6 = rotated 90°: stored upright, so width and height swap
    expect({ w: meta.width, h: meta.height, iw: image.width, ih: image.height }).toEqual({ w: 40, h: 60, iw: 40, ih: 60 });
  });

  it('keeps PNG, WebP and GIF in their own format without trailing bytes', async () => {
    const trailer = Buffer.from('<html><script>alert(1)</script></html>');
    for (const [format, type] of [
      ['png', 'image/png'],
      ['webp', 'image/webp'],
      ['gif', 'image/gif'],
    ] as const) {
      const img = await sharp({ create: { width: 20, height: 10, channels: 3, background: '#c33' } })
        [format]()
        .toBuffer();
      const { image, original } = await stored(Buffer.concat([img, trailer]));
      expect(original.contentType).toBe(type);
      expect((await sharp(original.bytes).metadata()).format).toBe(format);
      expect(original.bytes.includes(Buffer.from('<script>'))).toBe(false);
      expect([image.width, image.height]).toEqual([20, 10]);
    }
  });
});
