import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Product } from './product.entity';

/**
 * 扶贫产品认定: a product counts as certified while it has a verified
 * certification whose valid_from ≤ today ≤ valid_to. Dates are 'YYYY-MM-DD'.
 */
@Entity('product_certification')
@Check('product_certification_dates_check', `"valid_to" >= "valid_from"`)
@Index(['productId', 'validTo'])
export class ProductCertification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  productRow?: Product;

  /** e.g. 晋扶认〔2026〕141034-001 */
  @Column('text')
  certificateNo: string;

  /** e.g. 汾西县乡村振兴局 */
  @Column('text')
  issuedBy: string;

  @Column('text', { nullable: true })
  batch: string | null;

  @Column('date')
  validFrom: string;

  @Column('date')
  validTo: string;

  /** The evidence image (an uploaded /media/uploads/… url). */
  @Column('text', { nullable: true })
  evidenceImageUrl: string | null;

  /** Set when the county admin refused it (then verifiedAt stays null). */
  @Column('text', { nullable: true })
  rejectedReason: string | null;

  @Column('timestamptz', { nullable: true })
  verifiedAt: Date | null;

  /** The user (county or platform admin) who verified it. */
  @Column('uuid', { nullable: true })
  verifiedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
