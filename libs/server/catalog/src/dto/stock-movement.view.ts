import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { StockMovementKind } from '../entities/stock-movement.entity';

/** One line of a SKU's stock ledger (a `stock_movement` row). */
@ObjectType('StockMovement')
export class StockMovementView {
  @Field(() => ID) id: string;
  @Field(() => ID) skuId: string;
  @Field(() => String) kind: StockMovementKind;
  /** Change of the sellable figure. */
  @Field(() => Int) availableDelta: number;
  /** Change of the figure held by unpaid orders. */
  @Field(() => Int) reservedDelta: number;
  @Field(() => String, { nullable: true }) reason: string | null;
  /** What caused it, e.g. ('order', <order id>) or ('import', <job id>). */
  @Field(() => String, { nullable: true }) refType: string | null;
  @Field() createdAt: Date;
}
