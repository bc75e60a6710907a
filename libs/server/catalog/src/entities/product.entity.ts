import {
  BeforeInsert,
  BeforeUpdate,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { ProductStatus } from '../dto/catalog.enums';
import { Region } from '@yigou/server/regions';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';
import type { ProductCategory } from '@yigou/shared/domain';
import { searchColumnsFor } from '../services/pinyin';
import { Supplier } from './supplier.entity';

@Entity('product')
@Check(
  'product_category_check',
  `"category" IN ('fruit', 'vegetable', 'mushroom', 'grain', 'meat', 'poultry', 'nuts', 'honey', 'feed', 'handicraft')`,
)
@Check('product_status_check', `"status" IN ('draft', 'on_sale', 'off_sale')`)
@Check('product_sales_count_check', `"sales_count" >= 0`)
// The trigram index for the search's LIKE '%…%' (created by migration ProductSearchText).
@Index('product_search_text_trgm', { synchronize: false })
// Search at national size (migration ProductListing): grams for short Chinese queries, listed pages in sort order.
@Index('product_search_grams_gin', { synchronize: false })
@Index('product_listed_county_sales', { synchronize: false })
@Index('product_listed_sales', { synchronize: false })
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplierRow?: Supplier;

  @Column('text')
  name: string;

  @Index()
  @Column('text')
  category: ProductCategory;

  /** 产地: where it is grown or made (a village or county); null when not given. */
  @Column('varchar', { length: 12, nullable: true })
  originCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'origin_code' })
  originRegion?: Region | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Index()
  @Column('text', { default: 'draft' })
  status: ProductStatus;

  /** Why the platform took it off the shelves (null when the supplier did, or it is on sale). */
  @Column('text', { nullable: true })
  offShelfReason: string | null;

  @Column('int', { default: 0 })
  salesCount: number;

  /**
   * Lowest SKU price, kept by a database trigger on product_sku (so every
   * writer keeps it right); null while the product has no SKU. Read-only here.
   */
  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer, insert: false, update: false })
  minPriceFen: Fen | null;

  /** Full pinyin of the name, e.g. yuluxiangli; written from `name` by searchColumnsFor(). */
  @Index()
  @Column('text', { default: '' })
  searchPinyin: string;

  /** Pinyin initials of the name, e.g. ylxl. */
  @Index()
  @Column('text', { default: '' })
  searchInitials: string;

  /**
   * What the search's LIKE '%…%' runs on: the compacted name, its full pinyin
   * and its initials. Kept by a database trigger (migration ProductSearchText),
   * so no writer can forget it; trigram-indexed.
   */
  @Column({ type: 'text', default: '', insert: false, update: false, select: false })
  searchText?: string;

  /**
   * Whether a shopper may see it: on sale, with a SKU price, from an approved supplier. Kept by database triggers
   * on product and supplier (migration ProductListing), so every writer keeps it right; the search filters on it.
   */
  @Column({ type: 'boolean', default: false, insert: false, update: false, select: false })
  listed?: boolean;

  /** The supplier's county (the search's county filter without a join); kept by the same triggers. */
  @Column({ type: 'varchar', length: 12, nullable: true, insert: false, update: false, select: false })
  listingCountyCode?: string | null;

  /** Every 1- and 2-character piece of searchText (GIN-indexed: 香梨 has no trigram); kept by its trigger. */
  @Column({ type: 'text', array: true, default: () => "'{}'", insert: false, update: false, select: false })
  searchGrams?: string[];

  /**
   * What a catalogue card shows from other rows, so the list statement reads the product alone (migration
   * ProductCardColumns): the cover (first image by sort order, then id) and the supplier's name. Kept by triggers on
   * product_image, product and supplier; never written here.
   */
  @Column({ type: 'text', nullable: true, insert: false, update: false, select: false })
  coverImageUrl?: string | null;

  @Column({ type: 'text', nullable: true, insert: false, update: false, select: false })
  supplierName?: string | null;

  @Index('product_demo_key_key', { unique: true, where: '"demo_key" IS NOT NULL' })
  @Column('varchar', { length: 64, nullable: true })
  demoKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @BeforeInsert()
  @BeforeUpdate()
  protected fillSearchColumns(): void {
    if (typeof this.name === 'string') Object.assign(this, searchColumnsFor(this.name));
  }
}
