import { Button } from '@mantine/core';
import { useAppInfo } from '../../../app/queries';
import { notifyError } from '../../../ui/notify';

/** The 答询人提示屏 window this page opened, by activity: a second click brings it forward. */
const opened = new Map<string, Window>();

/**
 * 「答询人提示屏」 (browser build): opens the screen facing the answer desk in a new window (same route in the web build);
 * like the projector it reads the stored log, so it needs nothing from the console afterwards.
 */
export function AnswererButton({ activityId }: { activityId: string }) {
  // Electron opens windows from the main process only (src-main/guards.ts) and has no call for this screen
  // yet: the button shows in the browser build only, rather than doing nothing on the desktop.
  const shell = useAppInfo()?.shell;
  const open = (event: React.MouseEvent<HTMLButtonElement>) => {
    // Give the keyboard back to the console: Enter or Space must not press this button again.
    event.currentTarget.blur();
    const before = opened.get(activityId);
    if (before && !before.closed) {
      before.focus();
      return;
    }
    const url = `${window.location.pathname}${window.location.search}#/answerer/${activityId}`;
    const win = window.open(url, `xunping-answerer-${activityId}`, 'popup,width=1280,height=720');
    if (!win) {
      notifyError(new Error('浏览器阻止了弹出窗口，请允许本页面打开新窗口后重试'), '答询人提示屏未打开');
      return;
    }
    opened.set(activityId, win);
    win.focus();
  };
  if (shell !== 'browser') return null;
  return (
    <Button variant="default" onClick={open}>
      答询人提示屏
    </Button>
  );
}
