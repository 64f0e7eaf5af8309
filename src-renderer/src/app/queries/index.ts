export * from './live';
export type * from './records';
export * from './votes';
