// The counting domain for satisfaction votes and score sheets. See README.md for the model and its decisions.

export * from './ballots';
export * from './describeRules';
export type { TallyInput } from './entries';
export * from './fingerprint';
export * from './fingerprintCheck';
export * from './fraction';
export * from './ranking';
export * from './result';
export * from './round';
export * from './rules';
export * from './setupWarnings';
export * from './sheets';
export { tally } from './tally';
export * from './tiers';
export * from './totals';
export * from './validateRules';

// The life of a round in the app: its record, its stages, keyboard entry and defaults.
export * from './entryKeys';
export * from './keyEntry';
export * from './lifecycle';
export * from './roundDefaults';
export * from './roundRecord';
export * from './sheetEntry';
export * from './roundLog';
export * from './countsText';

// Scoring mode and the provisional counts of an open round.
export * from './provisional';
export * from './scoring';
