export { ProjectorPage } from './ProjectorPage';
