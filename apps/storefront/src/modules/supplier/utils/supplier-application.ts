import { checkCreditCode, CREDIT_CODE_MESSAGES, PHONE_PATTERN } from '@yigou/shared/validation';
import type { EnterpriseLevel, SupplierKind } from '../../../generated/graphql';

/** What the applicant types, as typed. */
export type SupplierApplication = {
  name: string;
  kind: SupplierKind | '';
  enterpriseLevel: EnterpriseLevel | '';
  creditCode: string;
  countyCode: string;
  villageCode: string;
  contactName: string;
  contactPhone: string;
  bankAccountName: string;
  bankName: string;
  bankAccountNo: string;
  licenseImageUrl: string;
  benefitDescription: string;
  story: string;
};
export const EMPTY_APPLICATION: SupplierApplication = {
  name: '',
  kind: '',
  enterpriseLevel: '',
  creditCode: '',
  countyCode: '',
  villageCode: '',
  contactName: '',
  contactPhone: '',
  bankAccountName: '',
  bankName: '',
  bankAccountNo: '',
  licenseImageUrl: '',
  benefitDescription: '',
  story: '',
};

/** Client-side checks mirror the server's (which stay the authority). */
export function validateApplication(v: SupplierApplication): Partial<Record<keyof SupplierApplication, string>> {
  const e: Partial<Record<keyof SupplierApplication, string>> = {};
  if (v.name.trim().length < 2) e.name = '请填写主体名称（至少2个字）';
  if (!v.kind) e.kind = '请选择主体类型';
  if (v.kind === 'leading_enterprise' && !v.enterpriseLevel) e.enterpriseLevel = '龙头企业请选择级别';
  const cc = checkCreditCode(v.creditCode);
  if (cc) e.creditCode = CREDIT_CODE_MESSAGES[cc];
  if (!v.countyCode) e.countyCode = '请选择所在县';
  if (!v.contactName.trim()) e.contactName = '请填写联系人';
  if (!PHONE_PATTERN.test(v.contactPhone.trim())) e.contactPhone = '联系电话应为11位手机号';
  if (v.bankAccountName.trim().length < 2) e.bankAccountName = '请填写结算账户户名';
  if (v.bankName.trim().length < 2) e.bankName = '请填写开户银行';
  if (!/^\d{8,30}$/.test(v.bankAccountNo.trim())) e.bankAccountNo = '银行账号应为8到30位数字';
  if (!v.licenseImageUrl) e.licenseImageUrl = '请上传营业执照图片';
  if (v.benefitDescription.trim().length < 10) e.benefitDescription = '请说明与脱贫户的利益联结方式（至少10个字）';
  return e;
}

/** The application as the server takes it: trimmed, the credit code in capitals, blank optional fields as null. */
export function applicationInput(v: SupplierApplication) {
  return {
    name: v.name.trim(),
    kind: v.kind as SupplierKind,
    enterpriseLevel: v.kind === 'leading_enterprise' ? (v.enterpriseLevel as EnterpriseLevel) : null,
    creditCode: v.creditCode.trim().toUpperCase(),
    countyCode: v.countyCode,
    villageCode: v.villageCode.trim() || null,
    contactName: v.contactName.trim(),
    contactPhone: v.contactPhone.trim(),
    bankAccountName: v.bankAccountName.trim(),
    bankName: v.bankName.trim(),
    bankAccountNo: v.bankAccountNo.trim(),
    licenseImageUrl: v.licenseImageUrl,
    benefitDescription: v.benefitDescription.trim(),
    story: v.story.trim() || null,
  };
}
