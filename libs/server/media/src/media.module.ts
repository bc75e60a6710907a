import { Module } from '@nestjs/common';
import { IdentityModule } from '@yigou/server/identity';
import { MediaStorageService } from './media-storage.service';
import { MediaUploadController } from './media-upload.controller';

/** Image uploads (validated, thumbnailed) stored under the data folder. */
@Module({
  imports: [IdentityModule],
  providers: [MediaStorageService],
  controllers: [MediaUploadController],
  exports: [MediaStorageService],
})
export class MediaStorageModule {}
