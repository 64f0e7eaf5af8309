export { DirectoryPage } from './DirectoryPage';
export { ImportPreviewModal, PendingImportModal, type ImportField } from './ImportPreviewModal';
export { useImport } from './useImport';
