/**
 * The user agreement and privacy policy (个人信息保护法) a person accepts at registration. The text lives in the
 * storefront (pages /legal/agreement and /legal/privacy); a change of text gets a new version, and registration
 * stores which versions were accepted and when (`legal_consent`).
 */
export const LEGAL_DOCUMENTS = {
  user_agreement: { title: '以购用户服务协议', version: '2026-12-01' },
  privacy_policy: { title: '以购个人信息保护政策', version: '2026-12-01' },
} as const;
export type LegalDocument = keyof typeof LEGAL_DOCUMENTS;
