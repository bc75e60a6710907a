import { namedSql } from '@yigou/server/database';

/** MediaStorageService.saveImage: the upload, unclaimed. */
export const RECORD_UPLOAD = namedSql<'key' | 'uploadedBy'>(
  `INSERT INTO media_upload (key, uploaded_by) VALUES (:key, :uploadedBy) ON CONFLICT (key) DO NOTHING`,
);

/**
 * MediaStorageService.claim: the image is in use from now on. Upserts, so an image uploaded before media_upload
 * existed is claimed too; waits for a sweep holding the row (MediaSweepJob locks the rows it removes), after which the
 * row is gone and the store no longer has the bytes — the claim then finds no image.
 */
export const CLAIM_UPLOAD = namedSql<'key'>(
  `INSERT INTO media_upload (key, uploaded_by, uploaded_at, claimed_at) VALUES (:key, NULL, now(), now())
     ON CONFLICT (key) DO UPDATE SET claimed_at = COALESCE(media_upload.claimed_at, now())`,
);

/**
 * MediaSweepJob: up to `:limit` uploads unclaimed since before `:before`, oldest first, locked for this transaction
 * (a concurrent claim waits; another sweep skips them).
 */
export const LOCK_UNCLAIMED = namedSql<'before' | 'limit', { key: string }>(
  `SELECT key FROM media_upload WHERE claimed_at IS NULL AND uploaded_at < :before
    ORDER BY uploaded_at, key LIMIT :limit FOR UPDATE SKIP LOCKED`,
);

/** MediaSweepJob: the rows of the uploads whose bytes were removed. */
export const FORGET_UPLOADS = namedSql<'keys'>(`DELETE FROM media_upload WHERE key = ANY(:keys::text[])`);
