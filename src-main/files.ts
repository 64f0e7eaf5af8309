// The dialog and file-system half of saveFile and openFile. Arguments arrive already validated by
// ipcSchemas.ts; errors carry Chinese messages because the renderer shows them to the user.
//
// Overwriting: the save dialog asks before it replaces an existing file. Windows and macOS dialogs ask
// by default; GTK on Linux asks only with 'showOverwriteConfirmation', so that property is always set.
// The file is then written through a temporary file and a rename (atomicFile.ts): a crash or a full
// disk leaves the earlier file as it was, never half a file.

import { app, dialog, type BrowserWindow, type FileFilter as ElectronFileFilter } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  FILE_TOO_LARGE_MESSAGE,
  MAX_OPEN_BYTES,
  type FileFilter,
  type OpenFileRequest,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFileResult,
} from './contract';
import { writeFileAtomically } from './atomicFile';

function dialogFilters(filters: FileFilter[] | undefined): ElectronFileFilter[] | undefined {
  return filters && filters.length > 0
    ? filters.map((f) => ({ name: f.name, extensions: f.extensions }))
    : undefined;
}

export async function saveFileWithDialog(
  owner: BrowserWindow | null,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const options: Electron.SaveDialogOptions = {
    title: '保存文件',
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: dialogFilters(request.filters),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  try {
    await writeFileAtomically(result.filePath, request.data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'EBUSY' || code === 'EPERM' ? '（文件可能正被其他程序打开，请关闭后重试）' : '';
    throw new Error(`无法保存文件${hint}：${(error as Error).message}`, { cause: error });
  }
  return { saved: true, path: result.filePath };
}

export async function openFileWithDialog(
  owner: BrowserWindow | null,
  request: OpenFileRequest,
): Promise<OpenedFile | null> {
  const options: Electron.OpenDialogOptions = {
    title: '打开文件',
    properties: ['openFile'],
    filters: dialogFilters(request.filters),
  };
  const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const filePath = result.filePaths[0];
  if (result.canceled || !filePath) return null;
  const info = await stat(filePath);
  if (!info.isFile()) throw new Error('所选项目不是文件。');
  if (info.size > MAX_OPEN_BYTES) throw new Error(FILE_TOO_LARGE_MESSAGE);
  const bytes = await readFile(filePath);
  // The file may have grown between stat and read.
  if (bytes.byteLength > MAX_OPEN_BYTES) throw new Error(FILE_TOO_LARGE_MESSAGE);
  return { name: basename(filePath), data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}
