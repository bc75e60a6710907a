import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const COMMENT_MAX_LENGTH = 200;

/** A viewer's comment, stored as plain text (never rendered as HTML). */
@Entity('live_comment')
@Index(['sessionId', 'createdAt'])
@Index(['sessionId', 'userId', 'createdAt'])
@Check('live_comment_body_check', `char_length("body") BETWEEN 1 AND ${COMMENT_MAX_LENGTH}`)
export class LiveComment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid') sessionId: string;
  @Column('uuid') userId: string;
  @Column('text') authorName: string;
  @Column('text') body: string;
  @Column('timestamptz', { nullable: true }) deletedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
