export * from './image-store';
export * from './local-image-store';
export * from './media-serve.controller';
export * from './media-storage.service';
export * from './media-upload.controller';
export * from './media.module';
export * from './s3/s3-image-store';
export * from './s3/sigv4';
