export { RectificationPage } from './RectificationPage';
export { ItemPage } from './ItemPage';
export { ActivityRectificationPanel } from './ActivityRectificationPanel';
export { AttentionPanel } from './AttentionPanel';
export { RegisterPage } from './RegisterPage';
