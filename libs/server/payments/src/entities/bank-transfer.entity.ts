import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';
import { TransferMatchSuggestion } from '../dto/transfer-match-suggestion';

/** An incoming bank transfer (对公转账), recorded by finance or imported from a statement. */
@Entity('bank_transfer')
@Check('bank_transfer_amount_check', `"amount_fen" > 0 AND "matched_fen" >= 0 AND "matched_fen" <= "amount_fen"`)
// the 到账记录 desk list's keyset (t.received_at, t.id), walked backwards for the newest first
@Index('bank_transfer_received_at_id', ['receivedAt', 'id'])
export class BankTransfer {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The bank's transaction number; unique, so importing the same statement twice adds nothing. */
  @Index({ unique: true }) @Column('text') bankTxnNo: string;
  @Column('text') payerName: string;
  @Column('text', { nullable: true }) payerAccount: string | null;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('bigint', { transformer: fenTransformer, default: 0 }) matchedFen: Fen;
  /** 附言 as written by the payer (should carry the remittance reference). */
  @Column('text', { nullable: true }) memo: string | null;
  @Column('timestamptz') receivedAt: Date;
  @Column('uuid', { nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  /** Filled by the finance desk's list: unpaid bank-transfer orders whose 汇款识别码 the memo names (not stored). */
  suggestions?: TransferMatchSuggestion[];
}
