import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the demo loader has created once in this database ("account:admin", …). A name recorded here is never
 * created again: an operator who deletes a demo account (or its password) keeps it deleted across restarts.
 */
@Entity('demo_seed')
export class DemoSeed {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  seededAt!: Date;
}
