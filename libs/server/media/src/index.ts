export * from './services/image-store';
export * from './services/local-image-store';
export * from './resolvers/media-serve.controller';
export * from './services/media-storage.service';
export * from './resolvers/media-upload.controller';
export * from './media.module';
export * from './s3/s3-image-store';
export * from './s3/sigv4';
