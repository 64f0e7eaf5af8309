export { RoundFormPage } from './RoundFormPage';
export { RoundPage } from './RoundPage';
export { RoundsPanel } from './RoundsPanel';
export { VerifiedResultsBoard } from './VerifiedResultsBoard';
export { ScoringPage } from './scoring/ScoringPage';
export { playRefusal } from './refusalSound';
export { ReasonModal } from './ReasonModal';
export { RoundLogList } from './RoundLogList';
