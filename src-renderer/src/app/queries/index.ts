export * from './live';
export type * from './records';
