import { Column, CreateDateColumn, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Product, Supplier } from '@yigou/server/catalog';

/**
 * What a benefit link and an attribution rule both are: a supplier's term, for one product or all of its products
 * (productId null), from validFrom to validTo (null: open-ended). Not a table: each subclass maps its own, with its
 * own dates CHECK and (supplier_id, product_id) index.
 */
export abstract class SupplierTerm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_id' })
  supplierRow?: Supplier;

  /** Null: the term covers all of the supplier's products. */
  @Column('uuid', { nullable: true })
  productId: string | null;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'product_id' })
  productRow?: Product | null;

  @Column('date')
  validFrom: string;

  @Column('date', { nullable: true })
  validTo: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
