import { join } from 'node:path';
import type { AppConfig } from '@yigou/server/core';
import { ImageStore, LocalImageStore, S3ImageStore } from '@yigou/server/media';

/**
 * Where issued invoice files live: never under the public media path. Locally `<YIGOU_DATA_DIR>/private/...`
 * (the API's static file handler serves only `<YIGOU_DATA_DIR>/media/uploads`); with S3 the same bucket under `invoices/`, which
 * MediaServeController refuses to serve (its keys are images only). Files are read back only through the
 * authorised download route.
 */
export const INVOICE_STORE = Symbol('INVOICE_STORE');

export function invoiceStoreFor(config: AppConfig): ImageStore {
  return config.s3 ? new S3ImageStore(config.s3) : new LocalImageStore(join(config.dataDir, 'private'));
}
