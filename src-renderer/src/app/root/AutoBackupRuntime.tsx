// The running automatic backups, in the app's main window (not on the projector): on start-up the browser is
// asked for persistent storage; in Electron the scheduler hears the commands and the database, and a timer
// gives it its chance every half minute. Problems are told once, quietly; a full disk stays on screen.
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { writeAutoBackup } from '../commands/autoBackup';
import { connectAutoBackups, type ConnectedAutoBackups } from '../runtime/autoBackups';
import { askPersistentStorage } from '../runtime/persistentStorage';
import { useServices } from '../runtime/ServicesProvider';
import { errorMessage } from '../../ui/notify';

const TICK_MS = 30_000;
const LOW_DISK_NOTIFICATION = 'auto-backup-low-disk';

const report = {
  written: () => undefined,
  lowDisk: (active: boolean) => {
    if (!active) {
      notifications.hide(LOW_DISK_NOTIFICATION);
      return;
    }
    notifications.show({
      id: LOW_DISK_NOTIFICATION,
      color: 'red',
      title: '磁盘空间不足，自动备份已暂停',
      message: '请清理磁盘，至少留出 500 MB；在此之前，请在「设置」中导出备份到 U 盘。',
      autoClose: false,
    });
  },
  failed: (error: unknown) => {
    notifications.show({
      color: 'yellow',
      title: '自动备份未完成',
      message: `${errorMessage(error)}。数据没有受影响，稍后会再试。`,
      autoClose: 8000,
    });
  },
};

export function AutoBackupRuntime() {
  const services = useServices();
  const [location] = useLocation();
  const projector = location.startsWith('/projector/');

  useEffect(() => {
    if (projector) return;
    void askPersistentStorage(services.desktop);
    let live = true;
    let connected: ConnectedAutoBackups | null = null;
    let timer: number | undefined;
    void services.desktop.getAppInfo().then((info) => {
      if (!live || info.shell !== 'electron') return; // the browser keeps no automatic backups
      connected = connectAutoBackups(services, (reason) => writeAutoBackup(services, { reason }), report);
      const { scheduler } = connected;
      timer = window.setInterval(() => scheduler.tick(), TICK_MS);
    });
    return () => {
      live = false;
      connected?.stop();
      window.clearInterval(timer);
    };
  }, [services, projector]);

  return null;
}
