import { randomUUID } from 'node:crypto';
import { mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import sharp from 'sharp';
import { APP_CONFIG, AppConfig, AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const UPLOADS_URL_PREFIX = '/media/uploads/';
const THUMB_SIZE = 400;
const FORMATS: Record<string, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', gif: 'gif' };

export interface StoredImage {
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
}

/**
 * Stores uploaded images under <dataDir>/media/uploads (served at /media/uploads by the
 * API's MediaModule), after checking that the bytes really are an image; makes a
 * 400px WebP thumbnail beside each.
 */
@Injectable()
export class MediaStorageService {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = resolve(join(config.dataDir, 'media', 'uploads'));
  }

  async saveImage(bytes: Buffer): Promise<StoredImage> {
    if (bytes.length > MAX_IMAGE_BYTES) throw new AppError(ERROR_CODES.FILE_TOO_LARGE, '图片不能超过 10 MB', { field: 'file' });
    if (bytes.length === 0) throw new AppError(ERROR_CODES.INVALID_IMAGE, '请选择图片文件', { field: 'file' });
    let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
    try {
      meta = await sharp(bytes).metadata();
    } catch {
      throw new AppError(ERROR_CODES.INVALID_IMAGE, '文件不是有效的图片（支持 JPG、PNG、WebP、GIF）', { field: 'file' });
    }
    const ext = meta.format ? FORMATS[meta.format] : undefined;
    if (!ext || !meta.width || !meta.height) {
      throw new AppError(ERROR_CODES.INVALID_IMAGE, '文件不是有效的图片（支持 JPG、PNG、WebP、GIF）', { field: 'file' });
    }
    const id = randomUUID();
    const shard = id.slice(0, 2);
    await mkdir(join(this.dir, shard), { recursive: true });
    const name = `${shard}/${id}.${ext}`;
    const thumbName = `${shard}/${id}.thumb.webp`;
    let thumb: Buffer;
    try {
      thumb = await sharp(bytes).rotate().resize(THUMB_SIZE, THUMB_SIZE, { fit: 'cover' }).webp({ quality: 80 }).toBuffer();
    } catch {
      throw new AppError(ERROR_CODES.INVALID_IMAGE, '图片已损坏，无法读取', { field: 'file' });
    }
    await writeFile(join(this.dir, name), bytes);
    await writeFile(join(this.dir, thumbName), thumb);
    return { url: UPLOADS_URL_PREFIX + name, thumbUrl: UPLOADS_URL_PREFIX + thumbName, width: meta.width, height: meta.height };
  }

  /** True when the url names an image this store holds (so clients cannot point at arbitrary files). */
  async exists(url: string): Promise<boolean> {
    const m = /^\/media\/uploads\/([0-9a-f]{2}\/[0-9a-f-]{36}\.(?:jpg|png|webp|gif))$/.exec(url);
    if (!m) return false;
    try {
      return (await stat(join(this.dir, m[1]))).isFile();
    } catch {
      return false;
    }
  }

  /** The thumbnail url belonging to an uploaded image url. */
  thumbUrlOf(url: string): string {
    return url.replace(/\.(jpg|png|webp|gif)$/, '.thumb.webp');
  }

  async remove(url: string): Promise<void> {
    if (!(await this.exists(url))) return;
    const rel = url.slice(UPLOADS_URL_PREFIX.length);
    await unlink(join(this.dir, rel)).catch(() => undefined);
    await unlink(join(this.dir, this.thumbUrlOf(url).slice(UPLOADS_URL_PREFIX.length))).catch(() => undefined);
  }
}
