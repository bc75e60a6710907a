export * from './i18n';
export type { MessageKey } from './messages/zh-CN';
export { zhCN } from './messages/zh-CN';
export { en } from './messages/en';
