import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { IdentityModule } from '@yigou/server/identity';
import { IMAGE_STORE, ImageStore } from './services/image-store';
import { LocalImageStore } from './services/local-image-store';
import { MediaServeController } from './resolvers/media-serve.controller';
import { MediaStorageService } from './services/media-storage.service';
import { MediaUploadController } from './resolvers/media-upload.controller';
import { S3ImageStore } from './s3/s3-image-store';
import { MediaUpload } from './entities/media-upload.entity';
import { MediaSweepJob } from './jobs/media-sweep.job';

/** The configured store: an S3-compatible bucket when S3_ENDPOINT is set, else the data folder. */
export function imageStoreFor(config: AppConfig): ImageStore {
  return config.s3 ? new S3ImageStore(config.s3) : new LocalImageStore(config.dataDir);
}

/** Image uploads (validated, thumbnailed) in the configured ImageStore. */
@Module({
  imports: [TypeOrmModule.forFeature([MediaUpload]), IdentityModule],
  providers: [MediaStorageService, MediaSweepJob, { provide: IMAGE_STORE, useFactory: imageStoreFor, inject: [APP_CONFIG] }],
  controllers: [MediaUploadController, MediaServeController],
  exports: [MediaStorageService, MediaSweepJob, IMAGE_STORE],
})
export class MediaStorageModule {}
