import { DeliveryReminderJob } from '../jobs/delivery-reminder.job';
import { OrderShippingResolver, ParcelResolver } from '../resolvers/shipping.resolver';
import { ShippingService } from './shipping.service';

/** The shipping feature's providers, registered by OrdersModule. */
export const SHIPPING_PROVIDERS = [ShippingService, OrderShippingResolver, ParcelResolver, DeliveryReminderJob];
