import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import sharp from 'sharp';
import { imageBroken, imageNotSaved, noImage, notAnImage } from '../errors';
import { CONTENT_TYPES, IMAGE_KEY, IMAGE_STORE, ImageStore } from './image-store';

export const UPLOADS_URL_PREFIX = '/media/uploads/';
const THUMB_SIZE = 400;
const FORMATS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif' };

type ImageMetadata = Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;

/**
 * The image drawn again in its own format: only pixels survive. EXIF (camera, time, GPS position), XMP, IPTC
 * and comments are dropped (sharp keeps no metadata unless asked), and so is anything appended after the image
 * data (a PNG with HTML behind it). Orientation from EXIF is applied first, so photos stay upright.
 */
async function reencode(bytes: Buffer, meta: ImageMetadata): Promise<{ data: Buffer; width: number; height: number }> {
  const animated = (meta.pages ?? 1) > 1;
  let img = sharp(bytes, { animated });
  if (!animated) img = img.rotate();
  switch (meta.format) {
    case 'jpeg':
      img = img.jpeg({ quality: 90 });
      break;
    case 'png':
      img = img.png();
      break;
    case 'webp':
      img = img.webp({ quality: 90 });
      break;
    default:
      img = img.gif();
  }
  const { data, info } = await img.toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: animated ? (info.pageHeight ?? meta.pageHeight ?? info.height) : info.height };
}

export interface StoredImage {
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
}

/**
 * Checks that uploaded bytes really are an image, makes a 400px WebP thumbnail and puts both
 * in the configured ImageStore (the data folder by default, or an S3-compatible bucket).
 * Urls are /media/uploads/<key> whichever store holds the bytes, so stored urls survive a move.
 */
@Injectable()
export class MediaStorageService {
  private readonly log = new Logger('MediaStorageService');

  constructor(@Inject(IMAGE_STORE) private readonly store: ImageStore) {}

  async saveImage(bytes: Buffer): Promise<StoredImage> {
    if (bytes.length === 0) throw noImage();
    let meta: ImageMetadata;
    try {
      meta = await sharp(bytes).metadata();
    } catch {
      throw notAnImage();
    }
    const ext = meta.format ? FORMATS[meta.format] : undefined;
    if (!ext || !meta.width || !meta.height) {
      throw notAnImage();
    }
    const id = randomUUID();
    const shard = id.slice(0, 2);
    const name = `${shard}/${id}.${ext}`;
    const thumbName = `${shard}/${id}.thumb.webp`;
    let clean: { data: Buffer; width: number; height: number };
    let thumb: Buffer;
    try {
      clean = await reencode(bytes, meta);
      thumb = await sharp(bytes).rotate().resize(THUMB_SIZE, THUMB_SIZE, { fit: 'cover' }).webp({ quality: 80 }).toBuffer();
    } catch {
      throw imageBroken();
    }
    try {
      await this.store.put(name, clean.data, CONTENT_TYPES[ext]);
      await this.store.put(thumbName, thumb, 'image/webp');
    } catch (e) {
      this.log.error(`storing ${name} failed: ${String(e)}`);
      throw imageNotSaved();
    }
    return { url: UPLOADS_URL_PREFIX + name, thumbUrl: UPLOADS_URL_PREFIX + thumbName, width: clean.width, height: clean.height };
  }

  /** True when the url names an image this store holds (so clients cannot point at arbitrary files). */
  async exists(url: string): Promise<boolean> {
    const key = url.startsWith(UPLOADS_URL_PREFIX) ? url.slice(UPLOADS_URL_PREFIX.length) : '';
    if (!IMAGE_KEY.test(key) || key.endsWith('.thumb.webp')) return false;
    return this.store.has(key);
  }

  /** The thumbnail url belonging to an uploaded image url. */
  thumbUrlOf(url: string): string {
    return url.replace(/\.(jpg|png|webp|gif)$/, '.thumb.webp');
  }

  async remove(url: string): Promise<void> {
    if (!(await this.exists(url))) return;
    for (const u of [url, this.thumbUrlOf(url)]) {
      await this.store
        .remove(u.slice(UPLOADS_URL_PREFIX.length))
        .catch((e: unknown) => this.log.warn(`removing ${u} failed: ${String(e)}`));
    }
  }
}
