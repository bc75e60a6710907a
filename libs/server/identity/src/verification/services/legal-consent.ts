import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '@yigou/server/core';
import { LEGAL_DOCUMENTS } from '@yigou/shared/domain';
import { LegalConsent } from '../entities/legal-consent.entity';
import { agreementOutdated, agreementRequired } from '../errors';

/** What a registration sends about the user agreement and privacy policy (PIPL consent). */
export interface ConsentGiven {
  acceptAgreement: boolean;
  agreementVersion: string;
  privacyVersion: string;
}

/** Refuses a registration without consent, or with consent to versions that are no longer current. */
export function requireConsent(input: ConsentGiven): void {
  if (!input.acceptAgreement) throw agreementRequired();
  if (
    input.agreementVersion !== LEGAL_DOCUMENTS.user_agreement.version ||
    input.privacyVersion !== LEGAL_DOCUMENTS.privacy_policy.version
  ) {
    throw agreementOutdated();
  }
}

/** Stores the consent with its versions, time and address, in the registration's transaction. */
export async function recordConsent(em: EntityManager, ctx: RequestContext, userId: string): Promise<void> {
  await em.getRepository(LegalConsent).insert(
    (['user_agreement', 'privacy_policy'] as const).map((doc) => ({
      id: randomUUID(),
      userId,
      document: doc,
      version: LEGAL_DOCUMENTS[doc].version,
      acceptedAt: ctx.now,
      ip: ctx.ip,
    })),
  );
}
