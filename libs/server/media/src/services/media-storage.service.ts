import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { executeNamed, queryNamed } from '@yigou/server/database';
import { imageBroken, imageNotSaved, noImage, notAnImage } from '../errors';
import { CLAIM_UPLOAD, FORGET_UPLOADS, LOCK_UNCLAIMED, RECORD_UPLOAD } from '../sql/media-upload.sql';
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

  constructor(
    @Inject(IMAGE_STORE) private readonly store: ImageStore,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** An upload by `uploadedBy`: the image stored (saveImage) and recorded as unclaimed until a domain claims it. */
  async saveUpload(bytes: Buffer, uploadedBy: string): Promise<StoredImage> {
    const image = await this.saveImage(bytes);
    await queryNamed(this.db, RECORD_UPLOAD, { key: keyOf(image.url), uploadedBy });
    return image;
  }

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
    const key = imageKeyOf(url);
    return key !== null && this.store.has(key);
  }

  /**
   * A domain is about to store `url` (a product's picture, a certificate's scan, a licence, a cover): true when it
   * names an image this store holds, which from now on is in use and never swept. Marked first, then looked up: a
   * sweep removing it holds its row, so the mark waits and the look-up then finds nothing (false, 请重新上传).
   */
  async claim(url: string): Promise<boolean> {
    const key = imageKeyOf(url);
    if (key === null) return false;
    await queryNamed(this.db, CLAIM_UPLOAD, { key });
    if (await this.store.has(key)) return true;
    await executeNamed(this.db, FORGET_UPLOADS, { keys: [key] });
    return false;
  }

  /**
   * MediaSweepJob: removes uploads nobody claimed since before `before` (bytes, thumbnail and row), `batch` at a time,
   * each batch in one transaction that holds its rows (a claim of one waits, then finds it gone). A removal that fails
   * keeps its row, so the next run tries again. Returns how many were removed.
   */
  async sweepUnclaimed(before: Date, batch = 200): Promise<number> {
    let removed = 0;
    for (;;) {
      const { locked, gone } = await this.db.transaction(async (em) => {
        const rows = await queryNamed(em, LOCK_UNCLAIMED, { before, limit: batch });
        const done: string[] = [];
        for (const { key } of rows) {
          try {
            await this.store.remove(key);
            await this.store.remove(thumbKeyOf(key));
            done.push(key);
          } catch (e) {
            this.log.warn(`sweeping ${key} failed: ${String(e)}`);
          }
        }
        if (done.length > 0) await executeNamed(em, FORGET_UPLOADS, { keys: done });
        return { locked: rows.length, gone: done.length };
      });
      removed += gone;
      if (locked < batch || gone === 0) return removed;
    }
  }

  /** The thumbnail url belonging to an uploaded image url. */
  thumbUrlOf(url: string): string {
    return thumbKeyOf(url);
  }
}

/** The store key of an uploaded image's url; null for anything else (a thumbnail, another site, a made-up path). */
function imageKeyOf(url: string): string | null {
  const key = url.startsWith(UPLOADS_URL_PREFIX) ? url.slice(UPLOADS_URL_PREFIX.length) : '';
  return IMAGE_KEY.test(key) && !key.endsWith('.thumb.webp') ? key : null;
}

const keyOf = (url: string): string => url.slice(UPLOADS_URL_PREFIX.length);
/** An image's key or url with its thumbnail's name. */
const thumbKeyOf = (image: string): string => image.replace(/\.(jpg|png|webp|gif)$/, '.thumb.webp');
