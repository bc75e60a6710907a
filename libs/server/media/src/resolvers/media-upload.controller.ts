import { Controller, Req, UploadedFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { asSignedIn, UploadedBytes, UploadRoute } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { noImage } from '../errors';
import { MediaStorageService, StoredImage } from '../services/media-storage.service';

/** POST /media/images (multipart, field "file"): stores an image, returns its url and thumbnail url. */
@Controller('media')
export class MediaUploadController {
  constructor(
    private readonly storage: MediaStorageService,
    private readonly auth: AuthService,
  ) {}

  @UploadRoute('images', 'image', 201)
  upload(@Req() req: FastifyRequest, @UploadedFile() file: UploadedBytes | undefined): Promise<StoredImage> {
    return asSignedIn(this.auth.restContext(req), async (ctx) => {
      if (!file) throw noImage();
      return this.storage.saveUpload(file.buffer, ctx.requireUser().id);
    });
  }
}
