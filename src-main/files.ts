// The dialog and file-system half of saveFile and openFile. Arguments arrive already validated by
// ipcSchemas.ts; errors carry Chinese messages because the renderer shows them to the user.

import { app, dialog, type BrowserWindow, type FileFilter as ElectronFileFilter } from 'electron';
import { readFile, stat, writeFile } from 'node:fs/promises';
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
  };
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return { saved: false };
  try {
    await writeFile(result.filePath, request.data);
  } catch (error) {
    throw new Error(`无法保存文件：${(error as Error).message}`, { cause: error });
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
