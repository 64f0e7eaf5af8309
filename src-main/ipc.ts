// One ipcMain.handle per DesktopApi channel. Every handler first checks that the calling frame is the
// app itself, then validates its arguments, and only then acts.

import { app, BrowserWindow, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { mkdir } from 'node:fs/promises';
import type { z } from 'zod';
import type { BackupStore } from './backups/store';
import {
  CHANNELS,
  type AppInfo,
  type BackupStatus,
  type DisplayList,
  type OpenAnswererRequest,
  type ScreenMode,
} from './contract';
import { openFileWithDialog, saveFileWithDialog } from './files';
import {
  backupStatusArgsSchema,
  getAppInfoArgsSchema,
  listAutoBackupsArgsSchema,
  listDisplaysArgsSchema,
  openAnswererArgsSchema,
  openBackupsFolderArgsSchema,
  openFileArgsSchema,
  openProjectorArgsSchema,
  readAutoBackupArgsSchema,
  saveFileArgsSchema,
  writeAutoBackupArgsSchema,
} from './ipcSchemas';
import { isTrustedOrigin } from './security';

export interface IpcOptions {
  /** electron-vite's dev server URL in development; undefined in a built app. */
  devServerUrl: string | undefined;
  /** Opens or focuses the projector window of an activity (of its rehearsal in 'rehearsal' mode). */
  openProjector: (activityId: string, mode: ScreenMode) => void;
  /** The displays connected now, and where the console and the projectors are. */
  listDisplays: () => DisplayList;
  /** Opens, or moves and focuses, the 答询人提示屏 of an activity. */
  openAnswerer: (request: OpenAnswererRequest) => void;
  /** The automatic backups folder (<userData>/backups). */
  backups: BackupStore;
}

type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];

export function registerIpcHandlers({
  devServerUrl,
  openProjector,
  listDisplays,
  openAnswerer,
  backups,
}: IpcOptions): void {
  function handle<S extends z.ZodType<unknown[]>, R>(
    channel: Channel,
    schema: S,
    run: (event: IpcMainInvokeEvent, args: z.infer<S>) => Promise<R>,
  ): void {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      const origin = event.senderFrame?.origin;
      if (!isTrustedOrigin(origin, devServerUrl)) {
        console.warn(`[ipc] refused ${channel} from untrusted origin ${String(origin)}`);
        throw new Error('拒绝来自不受信任页面的请求。');
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        console.warn(`[ipc] refused ${channel}: invalid arguments`, parsed.error.issues);
        throw new Error('请求参数无效。');
      }
      return run(event, parsed.data);
    });
  }

  const ownerOf = (event: IpcMainInvokeEvent): BrowserWindow | null =>
    BrowserWindow.fromWebContents(event.sender);

  handle(CHANNELS.saveFile, saveFileArgsSchema, (event, [request]) =>
    saveFileWithDialog(ownerOf(event), request),
  );
  handle(CHANNELS.openFile, openFileArgsSchema, (event, [request]) =>
    openFileWithDialog(ownerOf(event), request),
  );
  handle(CHANNELS.getAppInfo, getAppInfoArgsSchema, async (): Promise<AppInfo> => ({
    version: app.getVersion(),
    dataPath: app.getPath('userData'),
    shell: 'electron',
  }));
  handle(CHANNELS.openProjector, openProjectorArgsSchema, async (_event, [activityId, mode]) => {
    openProjector(activityId, mode ?? 'meeting');
  });
  handle(CHANNELS.listDisplays, listDisplaysArgsSchema, async () => listDisplays());
  handle(CHANNELS.openAnswerer, openAnswererArgsSchema, async (_event, [request]) => {
    openAnswerer(request);
  });

  handle(CHANNELS.writeAutoBackup, writeAutoBackupArgsSchema, (_event, [request]) => backups.write(request));
  handle(CHANNELS.listAutoBackups, listAutoBackupsArgsSchema, () => backups.list());
  handle(CHANNELS.readAutoBackup, readAutoBackupArgsSchema, (_event, [name]) => backups.read(name));
  handle(CHANNELS.backupStatus, backupStatusArgsSchema, (): Promise<BackupStatus> => backups.status());
  handle(CHANNELS.openBackupsFolder, openBackupsFolderArgsSchema, async () => {
    const { folder } = backups;
    await mkdir(folder, { recursive: true });
    // shell.openPath answers with an error message, or '' when the file manager opened the folder.
    const failure = await shell.openPath(folder);
    if (failure) throw new Error(`无法打开备份文件夹 ${folder}：${failure}`);
  });
}
