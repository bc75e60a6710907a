export * from './media-storage.service';
export * from './media-upload.controller';
export * from './media.module';
