// Word documents of a special inquiry: the agenda, the question list by unit and the minutes.
export { agendaDocument, respondentWithUnit } from './agendaDocument';
export {
  clockTime,
  inquiryFileName,
  inquiryTitle,
  namesOf,
  organShortName,
  type DocPerson,
  type DocUnit,
  type InquiryDocContext,
} from './context';
export { minutesDocument, type MinutesOptions } from './minutesDocument';
export { questionListDocument, questionsByUnit, type UnitQuestions } from './questionListDocument';
