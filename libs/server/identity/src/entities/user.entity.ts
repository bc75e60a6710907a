import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('text') displayName: string;

  /** Short login for staff and demo accounts (lower case). */
  @Index({ unique: true, where: '"username" IS NOT NULL' })
  @Column('varchar', { length: 32, nullable: true })
  username: string | null;

  @Index({ unique: true, where: '"phone" IS NOT NULL' })
  @Column('varchar', { length: 11, nullable: true })
  phone: string | null;

  @Index({ unique: true, where: '"email" IS NOT NULL' })
  @Column('varchar', { length: 320, nullable: true })
  email: string | null;

  /** argon2id hash */
  @Column('text') passwordHash: string;

  /** The work unit the user belongs to (at most one). */
  @Index()
  @Column('uuid', { nullable: true })
  unitId: string | null;

  @Column('boolean', { default: false }) disabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
