import { join, resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppConfig } from '@yigou/server/core';
import { CONTENT_TYPES } from '@yigou/server/media';
import { demoImagesDir } from '@yigou/server/demo-data';
import { staticFiles } from './static-files';

const ONE_WEEK_SECONDS = 7 * 24 * 3600;

/** The bundled demo images are our own SVG drawings; uploads are only ever the raster formats sharp re-encoded. */
const DEMO_TYPES = { ...CONTENT_TYPES, svg: 'image/svg+xml' };

type Mount = [prefix: string, handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void];

/**
 * Serves product images: the bundled demo images and, with the local store, uploads under the data folder
 * (startApi mounts these ahead of Nest's routes). With an S3-compatible store, /media/uploads is answered by
 * the media library's MediaServeController. The content type comes from our own list of image formats, never
 * guessed from the bytes or from a file name we did not choose; `nosniff` stops browsers from guessing otherwise.
 */
export function mediaFiles(config: AppConfig): Mount[] {
  const mounts: Mount[] = [['/media/demo', staticFiles(resolve(demoImagesDir), DEMO_TYPES, ONE_WEEK_SECONDS)]];
  if (!config.s3)
    mounts.push(['/media/uploads', staticFiles(resolve(join(config.dataDir, 'media', 'uploads')), CONTENT_TYPES, ONE_WEEK_SECONDS)]);
  return mounts;
}
