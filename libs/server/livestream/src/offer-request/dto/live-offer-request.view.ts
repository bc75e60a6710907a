import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { LiveOfferRequestStatusEnum } from './live-offer-request.enums';
import type { LiveOfferRequestStatus } from '../entities/live-offer-request.entity';

/** A host's request for a live price and stock from a supplier (a `live_offer_request` row). */
@ObjectType('LiveOfferRequest')
export class LiveOfferRequestView {
  @Field(() => ID) id: string;
  @Field(() => ID) sessionId: string;
  /** The supplier whose staff answer (the product's supplier when asked). */
  @Field(() => ID) supplierId: string;
  @Field(() => ID) productId: string;
  @Field(() => ID) skuId: string;
  @Field(() => FenScalarType, { description: 'Live price the host proposes' }) requestedPriceFen: Fen;
  @Field(() => Int, { description: 'Live stock cap the host proposes' }) requestedStockCap: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => LiveOfferRequestStatusEnum) status: LiveOfferRequestStatus;
  @Field(() => FenScalarType, {
    nullable: true,
    description: 'The lowest live price the supplier agreed to (the floor); the host may pin at it or above',
  })
  approvedPriceFen: Fen | null;
  @Field(() => Int, { nullable: true, description: 'The most units the supplier agreed to sell at the live price' }) approvedStockCap:
    number | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) answeredAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  @Field(() => GraphQLISODateTime) updatedAt: Date;
}
