import { join, resolve } from 'node:path';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import express from 'express';
import type { Response } from 'express';
import { AppConfig } from '@yigou/server/core';
import { CONTENT_TYPES } from '@yigou/server/media';
import { demoImagesDir } from '@yigou/server/demo-data';

const ONE_WEEK = 7 * 24 * 3600 * 1000;

/**
 * The content type comes from our own list of image formats, never guessed from the bytes or from a file name
 * we did not choose; `nosniff` (helmet, on every response) stops browsers from guessing otherwise.
 */
function imageHeaders(types: Record<string, string>) {
  return (res: Response, path: string): void => {
    res.setHeader('Content-Type', types[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  };
}

/** The bundled demo images are our own SVG drawings; uploads are only ever the raster formats sharp re-encoded. */
const DEMO_TYPES = { ...CONTENT_TYPES, svg: 'image/svg+xml' };

/**
 * Serves product images: the bundled demo images and, with the local store, uploads under the data
 * folder. With an S3-compatible store, /media/uploads is answered by the media library's MediaServeController.
 */
@Module({})
export class MediaModule implements NestModule {
  private static mediaRoot = '.data/media';
  private static localUploads = true;

  static forRoot(config: AppConfig): DynamicModule {
    MediaModule.mediaRoot = resolve(join(config.dataDir, 'media'));
    MediaModule.localUploads = !config.s3;
    return { module: MediaModule };
  }

  configure(consumer: MiddlewareConsumer): void {
    const opts = { maxAge: ONE_WEEK, immutable: false, fallthrough: false, index: false, dotfiles: 'deny' as const };
    consumer.apply(express.static(demoImagesDir, { ...opts, setHeaders: imageHeaders(DEMO_TYPES) })).forRoutes('media/demo');
    if (MediaModule.localUploads) {
      consumer.apply(express.static(join(MediaModule.mediaRoot, 'uploads'), { ...opts, setHeaders: imageHeaders(CONTENT_TYPES) })).forRoutes('media/uploads');
    }
  }
}
