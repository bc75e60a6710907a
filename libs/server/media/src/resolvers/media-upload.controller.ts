import { Controller, HttpCode, Post, Req, UploadedFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { asSignedIn, FileUpload, Public, UploadedBytes } from '@yigou/server/core';
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

  @Public() // authenticated below: REST requests do not pass through the GraphQL context
  @Post('images')
  @FileUpload('image')
  @HttpCode(201)
  upload(@Req() req: FastifyRequest, @UploadedFile() file: UploadedBytes | undefined): Promise<StoredImage> {
    return asSignedIn(this.auth.restContext(req), async (ctx) => {
      if (!file) throw noImage();
      return this.storage.saveUpload(file.buffer, ctx.requireUser().id);
    });
  }
}
