import { Column, CreateDateColumn, Entity } from 'typeorm';

/** Who watched (signed-in user id or an anonymous connection key): unique viewers. */
@Entity('live_viewer')
export class LiveViewer {
  @Column('uuid', { primary: true }) sessionId: string;
  @Column('text', { primary: true }) viewerKey: string;
  @Column('uuid', { nullable: true }) userId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) firstSeenAt: Date;
}
