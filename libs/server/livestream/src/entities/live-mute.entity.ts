import { Column, CreateDateColumn, Entity } from 'typeorm';

/** A viewer the host muted in a session. */
@Entity('live_mute')
export class LiveMute {
  @Column('uuid', { primary: true }) sessionId: string;
  @Column('uuid', { primary: true }) userId: string;
  @Column('uuid') mutedById: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
