import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** That a follower was told about a session: one row per session and user, so each is told once. */
@Entity('live_follow_notice')
export class LiveFollowNotice {
  @PrimaryColumn('uuid') sessionId: string;
  @PrimaryColumn('uuid') userId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
