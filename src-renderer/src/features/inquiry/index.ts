export { ConsolePage } from './console/ConsolePage';
export { useConsole } from './console/useConsole';
export { AgendaPanel } from './AgendaPanel';
export { MinutesPanel } from './MinutesPanel';
export { QuestionListPanel } from './QuestionListPanel';
export { AgendaActions, MinutesActions, QuestionListActions } from './InquiryActions';
export { RehearsalButton } from './console/Rehearsal';
