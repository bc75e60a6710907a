import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';
import { LiveSession } from '../../entities/live-session.entity';

export const LIVE_OFFER_REQUEST_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type LiveOfferRequestStatus = (typeof LIVE_OFFER_REQUEST_STATUSES)[number];

export const LIVE_OFFER_NOTE_MAX = 200;

/**
 * A session's request to sell one SKU live, answered by the supplier's staff.
 * A host may pin the SKU only while the request is accepted, at a live price
 * no lower than the approved one (the supplier's floor) and with a stock cap no
 * higher than the approved cap; checkout re-checks both when it claims.
 */
@Entity('live_offer_request')
@Unique('live_offer_request_session_sku_key', ['sessionId', 'skuId'])
@Check('live_offer_request_status_check', `"status" IN ('pending', 'accepted', 'declined')`)
@Check('live_offer_request_requested_check', `"requested_price_fen" > 0 AND "requested_stock_cap" > 0`)
@Check('live_offer_request_approved_check', `"status" <> 'accepted' OR ("approved_price_fen" > 0 AND "approved_stock_cap" > 0)`)
export class LiveOfferRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => LiveSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  sessionRow?: LiveSession;

  /** The supplier whose staff answer (the product's supplier when asked). */
  @Index()
  @Column('uuid')
  supplierId: string;

  @Column('uuid')
  productId: string;

  @Column('uuid')
  skuId: string;

  @Column('bigint', { transformer: fenTransformer })
  requestedPriceFen: Fen;

  @Column('int')
  requestedStockCap: number;

  @Column('varchar', { length: LIVE_OFFER_NOTE_MAX, nullable: true })
  note: string | null;

  @Column('text', { default: 'pending' })
  status: LiveOfferRequestStatus;

  @Column('bigint', { nullable: true, transformer: fenTransformer })
  approvedPriceFen: Fen | null;

  @Column('int', { nullable: true })
  approvedStockCap: number | null;

  @Column('varchar', { length: LIVE_OFFER_NOTE_MAX, nullable: true })
  declineReason: string | null;

  /** Null for demo rows, which are loaded before any account exists. */
  @Column('uuid', { nullable: true })
  requestedById: string | null;

  @Column('uuid', { nullable: true })
  answeredById: string | null;

  @Column('timestamptz', { nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
