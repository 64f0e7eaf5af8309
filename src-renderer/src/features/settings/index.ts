export { SettingsPage } from './SettingsPage';
export { RestoreBackupButton, useRestoreFlow } from './RestoreBackupButton';
export { ExportReminder } from './ExportReminder';
