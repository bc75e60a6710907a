import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A notification as its recipient sees it (the `notification` row without who sent it). */
@ObjectType('Notification')
export class NotificationView {
  @Field(() => ID) id: string;
  /** A stable kind for clients, e.g. 'certification.expiring'. */
  @Field() kind: string;
  @Field() title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true }) refType: string | null;
  @Field(() => String, { nullable: true }) refId: string | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field() createdAt: Date;
}
