export * from './base-backup';
export * from './dump-backup';
export * from './backups';
