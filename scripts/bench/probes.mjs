/* global window, document, requestAnimationFrame, MutationObserver, addEventListener */ // run in pages
// Scripts the bench installs in pages (page.addInitScript / evaluate): when a page became usable, when a key
// went down, when a screen changed and was painted. Times are epoch ms with sub-ms precision
// (performance.timeOrigin + now), so two pages of one browser can be compared.

/** Records window.__usableAt (ms since navigation) at the first frame whose text holds one of `texts`. */
export function usableProbe(texts) {
  const check = () => {
    const text = document.body?.textContent ?? '';
    if (texts.some((t) => text.includes(t))) window.__usableAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Collects the durations of main-thread tasks over 50 ms in window.__longTasks. */
export function longTaskProbe() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

/** Records window.__keyAt: when the last key went down (the event's own time stamp). */
export function keyProbe() {
  window.__keyAt = 0;
  addEventListener('keydown', (e) => (window.__keyAt = performance.timeOrigin + e.timeStamp), true);
}

/**
 * Counts visible changes of the page in window.__changes and records window.__paintedAt: after a DOM mutation
 * that changes the page's markup (digits ignored, so a ticking timer is no change), the moment after the next
 * frame, i.e. once the change is painted.
 */
export function paintProbe() {
  window.__changes = 0;
  window.__paintedAt = 0;
  let last = '';
  const signature = () => (document.body?.innerHTML ?? '').replace(/\d+(\.\d+)?/g, '');
  const start = () => {
    last = signature();
    new MutationObserver(() => {
      const now = signature();
      if (now === last) return;
      last = now;
      requestAnimationFrame(() =>
        setTimeout(() => {
          window.__paintedAt = performance.timeOrigin + performance.now();
          window.__changes += 1;
        }, 0),
      );
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };
  if (document.body) start();
  else addEventListener('DOMContentLoaded', start);
}

/**
 * The console baseline's two pages: the writer stores a counter in IndexedDB on each key and posts it on a
 * BroadcastChannel; the reader reads it back from IndexedDB and paints it.
 */
export const BARE_PAGE = `<!doctype html><html><head><meta charset="utf-8"></head><body><p id="out">0</p><script>
const open = indexedDB.open('bench-bare', 1);
open.onupgradeneeded = () => open.result.createObjectStore('kv');
const channel = new BroadcastChannel('bench-bare');
let n = 0;
open.onsuccess = () => {
  const db = open.result;
  if (location.hash === '#writer') {
    addEventListener('keydown', () => {
      n += 1;
      const tx = db.transaction('kv', 'readwrite');
      tx.objectStore('kv').put({ n, text: '第 ' + n + ' 次' }, 'state');
      tx.oncomplete = () => channel.postMessage(n);
    });
  } else {
    channel.onmessage = () => {
      const get = db.transaction('kv').objectStore('kv').get('state');
      get.onsuccess = () => (document.getElementById('out').textContent = get.result.text + (get.result.n % 2 ? '·' : ''));
    };
  }
  document.title = 'ready';
};
</script></body></html>`;

export const TRIVIAL_PAGE =
  '<!doctype html><html><head><meta charset="utf-8"><title>询评</title></head><body><h1>欢迎使用询评</h1></body></html>';
