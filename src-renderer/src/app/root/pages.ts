// Every page is loaded on demand, so a window loads only the code of the route it shows: the projector
// window never loads the directory, the documents or the spreadsheets.
import { lazy } from 'react';

export const HomePage = lazy(() => import('../../features/home').then((m) => ({ default: m.HomePage })));
export const ActivitiesPage = lazy(() =>
  import('../../features/activities').then((m) => ({ default: m.ActivitiesPage })),
);
export const ActivityDetailPage = lazy(() =>
  import('../../features/activities').then((m) => ({ default: m.ActivityDetailPage })),
);
export const ActivityEditPage = lazy(() =>
  import('../../features/activities').then((m) => ({ default: m.ActivityEditPage })),
);
export const DirectoryPage = lazy(() =>
  import('../../features/directory').then((m) => ({ default: m.DirectoryPage })),
);
export const RectificationPage = lazy(() =>
  import('../../features/rectification').then((m) => ({ default: m.RectificationPage })),
);
export const RegisterPage = lazy(() =>
  import('../../features/rectification').then((m) => ({ default: m.RegisterPage })),
);
export const ItemPage = lazy(() =>
  import('../../features/rectification').then((m) => ({ default: m.ItemPage })),
);
export const SettingsPage = lazy(() =>
  import('../../features/settings').then((m) => ({ default: m.SettingsPage })),
);
export const RoundFormPage = lazy(() =>
  import('../../features/votes').then((m) => ({ default: m.RoundFormPage })),
);
export const RoundPage = lazy(() => import('../../features/votes').then((m) => ({ default: m.RoundPage })));
export const ScoringPage = lazy(() =>
  import('../../features/votes').then((m) => ({ default: m.ScoringPage })),
);
export const ConsolePage = lazy(() =>
  import('../../features/inquiry').then((m) => ({ default: m.ConsolePage })),
);
export const ProjectorPage = lazy(() =>
  import('../../features/projector').then((m) => ({ default: m.ProjectorPage })),
);
export const AnswererPage = lazy(() =>
  import('../../features/projector').then((m) => ({ default: m.AnswererPage })),
);
