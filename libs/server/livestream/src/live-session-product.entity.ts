import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { Product, ProductSku } from '@yigou/server/catalog';
import type { Fen } from '@yigou/shared/money';
import { LiveSession } from './live-session.entity';

/** A product pinned in a live session, with its live price, an optional stock cap and per-buyer limit. */
@Entity('live_session_product')
@Unique('live_session_product_session_sku_key', ['sessionId', 'skuId'])
@Check('live_session_product_price_check', `"live_price_fen" > 0`)
@Check('live_session_product_cap_check', `"stock_cap" IS NULL OR "stock_cap" >= 0`)
@Check('live_session_product_limit_check', `"per_buyer_limit" IS NULL OR "per_buyer_limit" > 0`)
export class LiveSessionProduct {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => LiveSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  sessionRow?: LiveSession;

  @Index()
  @Column('uuid')
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id' })
  productRow?: Product;

  @Column('uuid')
  skuId: string;

  @ManyToOne(() => ProductSku, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sku_id' })
  skuRow?: ProductSku;

  @Column('bigint', { transformer: fenTransformer })
  livePriceFen: Fen;

  @Column('int', { nullable: true })
  stockCap: number | null;

  @Column('int', { nullable: true })
  perBuyerLimit: number | null;

  @Column('int', { default: 0 })
  sortOrder: number;
}
