// What screens may use of the application layer's runtime.
export { useCommand, type RunOptions, type RunResult } from './useCommand';
export { useNow, useToday } from './useNow';
export type { Command, Services, Clock, Ids } from './services';
export { usePersistentStorage } from './persistentStorage';
export { useLastExport } from './useLastExport';
export { heldScoringScreen, holdScoringScreen, releaseScoringScreen } from './scoringScreen';
export { RehearsalServices, rehearsalServices, useScreenMode } from './rehearsal';
export type { DisplayChoice, DisplayList, ScreenMode } from '../../../../src-main/contract';
