export { AnswererPage } from './AnswererPage';
export { ProjectorPage } from './ProjectorPage';
