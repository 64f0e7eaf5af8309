// Rectification follow-up (整改): items, workflow, follow-ups, deadlines, the number registry, the ledger.
// See README.md for the rules.

export * from './attention';
export * from './dueDates';
export * from './followUps';
export * from './fromResults';
export * from './item';
export * from './itemFilter';
export * from './ledger';
export * from './numberRegistry';
export * from './proposals';
export * from './reportVote';
export * from './status';
export * from './transitions';
export * from './workflow';
export * from './issueWarnings';
export * from './register';
export * from './stalled';
