import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { Product, ProductSku } from '@yigou/server/catalog';
import type { Fen } from '@yigou/shared/money';
import { LiveSession } from './live-session.entity';

/**
 * A product pinned in a live session, with its live price, an optional stock
 * cap and per-buyer limit, and an offer window. `claimed` counts what live
 * buyers hold; it moves only by conditional updates and the CHECK keeps it
 * within the cap.
 */
@Entity('live_session_product')
@Unique('live_session_product_session_sku_key', ['sessionId', 'skuId'])
@Check('live_session_product_price_check', `"live_price_fen" > 0`)
@Check('live_session_product_cap_check', `"stock_cap" IS NULL OR "stock_cap" >= 0`)
@Check('live_session_product_limit_check', `"per_buyer_limit" IS NULL OR "per_buyer_limit" > 0`)
@Check('live_session_product_claimed_check', `"claimed" >= 0 AND ("stock_cap" IS NULL OR "claimed" <= "stock_cap")`)
@Check('live_session_product_window_check', `"offer_ends_at" IS NULL OR "offer_starts_at" IS NULL OR "offer_ends_at" > "offer_starts_at"`)
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

  @Column('timestamptz', { nullable: true })
  offerStartsAt: Date | null;

  @Column('timestamptz', { nullable: true })
  offerEndsAt: Date | null;

  /** Shown in the live room now (unpinned products keep their counters). */
  @Column('boolean', { default: true })
  pinned: boolean;

  @Column('int', { default: 0 })
  claimed: number;

  @Column('int', { default: 0 })
  sortOrder: number;
}
