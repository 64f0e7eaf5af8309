// Every page is loaded on demand, so a window loads only the code of the route it shows: the projector
// window never loads the directory, the documents or the spreadsheets. Each page is imported from its own
// module, not from its feature's index.ts: a dynamic import of an index makes one chunk of everything the index
// exports, which another feature importing one widget from that index (the projector: the results board, the
// console hook) would then load whole.
import { lazy } from 'react';

export const HomePage = lazy(() =>
  import('../../features/home/HomePage').then((m) => ({ default: m.HomePage })),
);
export const ActivitiesPage = lazy(() =>
  import('../../features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
);
export const ActivityDetailPage = lazy(() =>
  import('../../features/activities/ActivityDetailPage').then((m) => ({ default: m.ActivityDetailPage })),
);
export const ActivityEditPage = lazy(() =>
  import('../../features/activities/ActivityEditPage').then((m) => ({ default: m.ActivityEditPage })),
);
export const DirectoryPage = lazy(() =>
  import('../../features/directory/DirectoryPage').then((m) => ({ default: m.DirectoryPage })),
);
export const RectificationPage = lazy(() =>
  import('../../features/rectification/RectificationPage').then((m) => ({ default: m.RectificationPage })),
);
export const RegisterPage = lazy(() =>
  import('../../features/rectification/RegisterPage').then((m) => ({ default: m.RegisterPage })),
);
export const ItemPage = lazy(() =>
  import('../../features/rectification/ItemPage').then((m) => ({ default: m.ItemPage })),
);
export const SettingsPage = lazy(() =>
  import('../../features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);
export const RoundFormPage = lazy(() =>
  import('../../features/votes/RoundFormPage').then((m) => ({ default: m.RoundFormPage })),
);
export const RoundPage = lazy(() =>
  import('../../features/votes/RoundPage').then((m) => ({ default: m.RoundPage })),
);
export const ScoringPage = lazy(() =>
  import('../../features/votes/scoring/ScoringPage').then((m) => ({ default: m.ScoringPage })),
);
export const ConsolePage = lazy(() =>
  import('../../features/inquiry/console/ConsolePage').then((m) => ({ default: m.ConsolePage })),
);
export const ProjectorPage = lazy(() =>
  import('../../features/projector/ProjectorPage').then((m) => ({ default: m.ProjectorPage })),
);
export const AnswererPage = lazy(() =>
  import('../../features/projector/AnswererPage').then((m) => ({ default: m.AnswererPage })),
);
