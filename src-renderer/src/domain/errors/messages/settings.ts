import type { ErrorParams } from '../messages';

export const settingsMessages = {
  /** params.what: the settings to fill in, joined with 、 */
  'settings.missing': (p: ErrorParams) =>
    `请先在「设置」中填写${p.what ?? '发文机关标志和发文字号前缀'}，再生成文件`,
};
