import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Product } from './product.entity';

@Entity('product_image')
export class ProductImage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  productRow?: Product;

  @Column('text')
  url: string;

  @Column('text')
  thumbUrl: string;

  @Column('text', { nullable: true })
  alt: string | null;

  @Column('int', { default: 0 })
  sortOrder: number;
}
