import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Product } from './product.entity';

@ObjectType('ProductImage')
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

  @Field()
  @Column('text')
  url: string;

  @Field()
  @Column('text')
  thumbUrl: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  alt: string | null;

  @Column('int', { default: 0 })
  sortOrder: number;
}
