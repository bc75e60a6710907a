import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface ImportRowError {
  row: number;
  field: string;
  message: string;
}

/** A registry or benefit-link import: progress while it runs, per-row errors when it is refused. */
@Entity('household_import')
export class HouseholdImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('varchar', { length: 12 })
  countyCode: string;

  /** 'households' or 'links' */
  @Column('text')
  kind: string;

  /** running | done | failed */
  @Column('text')
  status: string;

  @Column('int', { default: 0 })
  totalRows: number;

  @Column('int', { default: 0 })
  processedRows: number;

  @Column('int', { default: 0 })
  createdRows: number;

  @Column('jsonb', { default: () => "'[]'" })
  errors: ImportRowError[];

  @Column('uuid')
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
