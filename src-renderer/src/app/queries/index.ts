export * from './live';
export type * from './records';
export * from './settings';
export * from './rectification';
export * from './votes';
export * from './backups';
export * from './audit';
export * from './checklist';
export * from './projects';
