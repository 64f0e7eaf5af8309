export { ActivitiesPage } from './ActivitiesPage';
export { ActivityDetailPage } from './ActivityDetailPage';
export { ActivityEditPage } from './ActivityEditPage';
export { KindBadge, StatusBadge } from './ActivityBadges';
export { personLabel, personOptions, unitOptions } from './peopleOptions';
