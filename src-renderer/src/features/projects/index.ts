export { CandidatesPanel } from './CandidatesPanel';
export { FollowUpPanel } from './FollowUpPanel';
export { ProjectAttentionPanel } from './ProjectAttentionPanel';
export { ProjectVotePanel } from './ProjectVotePanel';
