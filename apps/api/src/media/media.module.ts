import { join, resolve } from 'node:path';
import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import express from 'express';
import { AppConfig } from '@yigou/server/core';
import { demoImagesDir } from '@yigou/server/demo-data';

const ONE_WEEK = 7 * 24 * 3600 * 1000;

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
    consumer.apply(express.static(demoImagesDir, opts)).forRoutes('media/demo');
    if (MediaModule.localUploads) consumer.apply(express.static(join(MediaModule.mediaRoot, 'uploads'), opts)).forRoutes('media/uploads');
  }
}
