export { RoundFormPage } from './RoundFormPage';
export { RoundPage } from './RoundPage';
export { RoundsPanel } from './RoundsPanel';
export { ResultsBoard } from './ResultsBoard';
export { ScoringPage } from './scoring/ScoringPage';
