import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';
import { Product } from './product.entity';

/**
 * A sellable variant (规格) of a product. `stockAvailable` is what can still be
 * sold; `stockReserved` is held by unpaid orders. Both move only by atomic
 * conditional updates, and the CHECK keeps them from ever going negative.
 */
@Entity('product_sku')
@Check('product_sku_stock_check', `"stock_available" >= 0 AND "stock_reserved" >= 0`)
@Check('product_sku_price_check', `"price_fen" > 0`)
export class ProductSku {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  productRow?: Product;

  /** e.g. "5kg 礼盒 (12–16 个)" */
  @Column('text')
  spec: string;

  /** box, bag, piece, bottle, pair … */
  @Column('text')
  unit: string;

  @Column('bigint', { transformer: fenTransformer })
  priceFen: Fen;

  @Column('int', { default: 0 })
  stockAvailable: number;

  @Column('int', { default: 0 })
  stockReserved: number;

  @Column('int', { nullable: true })
  weightGrams: number | null;

  @Column('int', { default: 0 })
  sortOrder: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
