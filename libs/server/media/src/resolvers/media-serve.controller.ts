import { Controller, Get, Inject, Logger, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@yigou/server/core';
import { IMAGE_KEY, IMAGE_STORE, ImageStore } from '../services/image-store';

/** Keys are random and never rewritten, so a browser or CDN may keep an image as long as it likes. */
export const IMAGE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * GET /media/uploads/<shard>/<file> when images live in an S3-compatible bucket: a redirect to the
 * bucket's public URL when S3_PUBLIC_URL is set, otherwise the API fetches the object (signed) and
 * passes it on with cache headers and ETag/304. (With the local store, the static file handler in the API's
 * MediaModule answers these paths before this controller is reached.)
 */
@Controller('media/uploads')
export class MediaServeController {
  private readonly log = new Logger('MediaServeController');

  constructor(@Inject(IMAGE_STORE) private readonly store: ImageStore) {}

  @Public()
  @Get(':shard/:file')
  async serve(
    @Param('shard') shard: string,
    @Param('file') file: string,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const key = `${shard}/${file}`;
    if (!IMAGE_KEY.test(key)) {
      res.status(404).send({ code: 'NOT_FOUND', message: '图片不存在' });
      return;
    }
    const direct = this.store.publicUrl(key);
    if (direct) {
      res.header('cache-control', IMAGE_CACHE_CONTROL).redirect(direct, 301);
      return;
    }
    try {
      const obj = await this.store.get(key, req.headers['if-none-match']);
      if (!obj) {
        res.status(404).send({ code: 'NOT_FOUND', message: '图片不存在' });
        return;
      }
      res.header('cache-control', IMAGE_CACHE_CONTROL);
      if (obj.etag) res.header('etag', obj.etag);
      if (!obj.body) {
        res.status(304).send();
        return;
      }
      res.status(200).type(obj.contentType).header('x-content-type-options', 'nosniff').send(obj.body);
    } catch (e) {
      this.log.error(`serving ${key} failed: ${String(e)}`);
      res.status(502).send({ code: 'INTERNAL_SERVER_ERROR', message: '图片暂时无法读取，请稍后重试' });
    }
  }
}
