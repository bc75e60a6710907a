import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';

/** The configured Stripe client, or null when no keys are set (online payment unavailable). */
@Injectable()
export class StripeGateway {
  readonly client: Stripe | null;
  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {
    this.client = config.stripeSecretKey
      ? new Stripe(config.stripeSecretKey, {
          maxNetworkRetries: 1,
          timeout: 15_000,
          telemetry: false,
          ...(config.stripeApiHost ? { host: config.stripeApiHost } : {}),
          ...(config.stripeApiPort ? { port: config.stripeApiPort } : {}),
          ...(config.stripeApiProtocol ? { protocol: config.stripeApiProtocol } : {}),
        })
      : null;
  }

  get available(): boolean {
    return this.client !== null;
  }
}
