import { useCallback } from 'react';
import { useI18n, useLabels } from '@yigou/web/i18n';
import { roleLabel } from '@yigou/shared/domain';

/** 用户管理 and the delegates' people pages, Chinese first. */
export const PEOPLE_LABELS = {
  navPeople: { zh: '用户管理', en: 'People' },
  navCountyPeople: { zh: '本县人员', en: 'County staff' },
  navColleagues: { zh: '供应商同事', en: 'Colleagues' },
  navLiveReport: { zh: '直播报表', en: 'Live reports' },
  peopleTitle: { zh: '用户管理', en: 'People and roles' },
  auditTitle: { zh: '授权日志', en: 'Role audit log' },
  countyTitle: { zh: '本县人员与角色', en: 'County staff and roles' },
  colleaguesTitle: { zh: '供应商同事', en: 'Supplier colleagues' },
  purchasersTitle: { zh: '采购员任免', en: 'Purchasers' },
  purchasersLead: {
    zh: '从本单位成员中任命采购员；撤销后对方下一次操作即失去采购员权限。',
    en: 'Appoint purchasers among the unit’s members; a withdrawal counts from their next click.',
  },
  search: { zh: '姓名、手机号（如 138****0004）或单位', en: 'Name, phone (e.g. 138****0004) or unit' },
  searchButton: { zh: '查找', en: 'Search' },
  allRoles: { zh: '全部角色', en: 'All roles' },
  total: { zh: '共 {count} 人', en: '{count} people' },
  entries: { zh: '共 {count} 条', en: '{count} entries' },
  reasonColumn: { zh: '原因', en: 'Reason' },
  suspended: { zh: '已停用', en: 'Suspended' },
  noRoles: { zh: '无角色', en: 'No roles' },
  grant: { zh: '授予角色', en: 'Grant a role' },
  withdraw: { zh: '撤销', en: 'Withdraw' },
  suspend: { zh: '停用账号', en: 'Suspend' },
  restore: { zh: '恢复账号', en: 'Restore' },
  role: { zh: '角色', en: 'Role' },
  unit: { zh: '单位', en: 'Unit' },
  unitSearch: { zh: '输入单位名称查找', en: 'Type a unit name' },
  county: { zh: '县（区）', en: 'County' },
  supplier: { zh: '供应商', en: 'Supplier' },
  choose: { zh: '请选择', en: 'Choose' },
  reason: { zh: '原因（必填，记入授权日志）', en: 'Reason (required, kept in the log)' },
  reasonShort: { zh: '请填写原因（至少 2 个字）', en: 'Give a reason (2 characters or more)' },
  confirm: { zh: '确认', en: 'Confirm' },
  cancel: { zh: '取消', en: 'Cancel' },
  working: { zh: '正在提交…', en: 'Saving…' },
  done: { zh: '已完成', en: 'Done' },
  appointAs: { zh: '任命为{role}', en: 'Appoint as {role}' },
  withdrawRole: { zh: '撤销{role}', en: 'Withdraw {role}' },
  confirmWithdraw: { zh: '撤销 {name} 的「{role}」', en: 'Withdraw {role} from {name}' },
  confirmGrant: { zh: '任命 {name} 为「{role}」', en: 'Appoint {name} as {role}' },
  confirmSuspend: { zh: '停用 {name} 的账号（立即退出所有登录）', en: 'Suspend {name} (signed out everywhere at once)' },
  confirmRestore: { zh: '恢复 {name} 的账号', en: 'Restore {name}' },
  byPhone: { zh: '按手机号任命', en: 'Appoint by phone' },
  phone: { zh: '对方注册的手机号', en: 'Their registered phone' },
  phoneBad: { zh: '请输入正确的手机号（11位）', en: 'Enter an 11-digit phone number' },
  nobody: { zh: '还没有人员', en: 'Nobody yet' },
  allEntries: { zh: '查看全部', en: 'Show all' },
  personLog: { zh: '授权日志', en: 'Log' },
  noEntries: { zh: '还没有授权记录', en: 'No changes yet' },
  noMatch: { zh: '没有找到符合条件的用户', en: 'No one matches' },
  more: { zh: '加载更多', en: 'Load more' },
  export: { zh: '导出 Excel', en: 'Export Excel' },
  toAudit: { zh: '查看授权日志', en: 'Role audit log' },
  toPeople: { zh: '返回用户管理', en: 'Back to people' },
  notAllowed: { zh: '您没有可管理的人员范围', en: 'You have no scope to manage' },
  time: { zh: '时间', en: 'Time' },
  action: { zh: '操作', en: 'Action' },
  actor: { zh: '操作人', en: 'By' },
  target: { zh: '对象', en: 'Person' },
  scope: { zh: '范围', en: 'Scope' },
  actGrant: { zh: '授予', en: 'Grant' },
  actWithdraw: { zh: '撤销', en: 'Withdraw' },
  actSuspend: { zh: '停用账号', en: 'Suspend' },
  actRestore: { zh: '恢复账号', en: 'Restore' },
} as const;

export type PeopleLabelKey = keyof typeof PEOPLE_LABELS;

export function useP(): (key: PeopleLabelKey, vars?: Record<string, string | number>) => string {
  return useLabels(PEOPLE_LABELS);
}

/** A role's name in the current language. */
export function useRoleName(): (role: string) => string {
  const { locale } = useI18n();
  return useCallback((role: string) => roleLabel(role, locale === 'en' ? 'en' : 'zh'), [locale]);
}

/** Roles a platform admin grants, in the order people think of them. */
export const ADMIN_GRANTABLE = [
  'unit_purchaser',
  'unit_admin',
  'county_admin',
  'finance_reviewer',
  'live_host',
  'auditor',
  'supplier_staff',
  'platform_finance',
  'platform_admin',
] as const;
