import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One uploaded image (its thumbnail goes with it), from the upload until it is swept. `claimedAt` is set when a domain
 * stores the image's url (a product's picture, a certificate's scan, a business licence, a live session's cover):
 * an upload nobody claimed within MEDIA_UNCLAIMED_GRACE_HOURS — a form abandoned after choosing a picture — is
 * removed by MediaSweepJob, bytes and row. Images uploaded before this table existed have no row and are kept.
 */
@Entity('media_upload')
@Index('IDX_media_upload_unclaimed', ['uploadedAt'], { where: '"claimed_at" IS NULL' })
export class MediaUpload {
  /** The store key of the image, e.g. "ab/<uuid>.jpg" (the thumbnail's key follows from it). */
  @PrimaryColumn('text')
  key: string;

  /** Who uploaded it; null for a claim of an image older than this table (no upload row was written). */
  @Column('uuid', { nullable: true })
  uploadedBy: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  uploadedAt: Date;

  @Column('timestamptz', { nullable: true })
  claimedAt: Date | null;
}
