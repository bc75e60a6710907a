import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ReconciliationDifference', { description: '对账差异：按订单重算的数字与台账（或其汇总）不一致' })
export class ReconciliationDifferenceType {
  @Field({ description: 'quota | quota_total | attribution | attribution_sum | live' }) area: string;
  @Field({ description: 'ordered | completed | attributed | orders | sales' }) figure: string;
  @Field(() => ID, { description: 'The unit, household or live session' }) subjectId: string;
  @Field({ description: 'Unit name, household number or session title' }) subjectName: string;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM (Shanghai)' }) month: string | null;
  @Field({ description: 'Recomputed from orders: fen, or a count for orders' }) expected: string;
  @Field({ description: 'What the ledger or summary holds: fen, or a count for orders' }) recorded: string;
  @Field(() => [String], { description: 'Order numbers whose part differs' }) orderNos: string[];
}

@ObjectType('ReconciliationStatus', { description: '最近一次对账：时间与是否一致' })
export class ReconciliationStatusType {
  @Field(() => GraphQLISODateTime) ranAt: Date;
  @Field() clean: boolean;
  @Field(() => Int) differenceCount: number;
}

@ObjectType('ReconciliationRun')
export class ReconciliationRunType {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime) finishedAt: Date;
  @Field({ description: 'admin | cli | nightly' }) trigger: string;
  @Field() clean: boolean;
  @Field(() => Int) differenceCount: number;
  @Field(() => Int) ordersChecked: number;
  @Field(() => [ReconciliationDifferenceType], { description: 'The first 500 differences' }) differences: ReconciliationDifferenceType[];
}
