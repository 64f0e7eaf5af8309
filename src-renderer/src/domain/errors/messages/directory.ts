import type { ErrorParams } from '../messages';

const SAVE_AS_XLSX =
  '请在 Excel 或 WPS 中打开它，点“文件 → 另存为”，保存类型选“Excel 工作簿（*.xlsx）”，再导入新保存的文件。';

/**
 * Reading a spreadsheet picked for an import (名册, and the question lists that use the same reader). Each
 * message tells the secretary what to do next.
 */
export const directoryMessages = {
  'spreadsheet.empty': () =>
    '文件是空的（0 字节）。请确认选对了文件；如果文件是从微信、邮件下载的，请重新下载后再导入。',
  'spreadsheet.noContent': () => '文件里没有任何内容（表格是空的）。请确认名单已经填写并保存，再重新导入。',
  'spreadsheet.oldXls': () => `这是旧版 Excel 97-2003 格式（.xls）的文件，不能直接导入。${SAVE_AS_XLSX}`,
  'spreadsheet.encrypted': () =>
    '文件设置了打开密码，或是旧版 .xls 格式，无法读取。请在 Excel 或 WPS 中打开它，取消密码后另存为“Excel 工作簿（*.xlsx）”，再导入。',
  'spreadsheet.wpsEt': () => `这是 WPS 表格专用格式（.et）的文件，不能直接导入。${SAVE_AS_XLSX}`,
  'spreadsheet.damaged': () => `文件已损坏或不是 Excel 工作簿，无法读取。${SAVE_AS_XLSX}`,
  /** params.ext: the extension without the dot, '' when the name has none */
  'spreadsheet.unsupported': (p: ErrorParams) =>
    `${
      p.ext === undefined || p.ext === ''
        ? '无法识别这个文件的类型（文件名没有扩展名）'
        : `不支持“.${p.ext}”文件`
    }。请选择 Excel 工作簿（.xlsx）或 CSV 文件（.csv）；其他格式请先在 Excel 或 WPS 中另存为 .xlsx。`,
  /** params.rows, params.max */
  'spreadsheet.tooManyRows': (p: ErrorParams) =>
    `文件有 ${p.rows ?? '太多'} 行，超过了一次最多导入 ${p.max ?? ''} 行的限制。请把名单拆成几个文件分别导入。`,
  /** params.row (1-based), params.column (Excel's name, e.g. SH), params.max */
  'spreadsheet.tooManyColumns': (p: ErrorParams) =>
    `第 ${p.row ?? ''} 行 ${p.column ?? ''} 列有内容，表格超过 ${p.max ?? ''} 列，无法导入。请删除最右侧多余列中的内容后再导入。`,
  /** params.row (1-based) near which a quote is left open, when known */
  'spreadsheet.unbalancedQuotes': (p: ErrorParams) =>
    `文件${p.row === undefined ? '' : `第 ${p.row} 行附近`}的英文双引号（"）不成对，无法正确分列。请在 Excel 或 WPS 中打开检查，另存为 .xlsx 后再导入。`,
  'spreadsheet.notText': () =>
    '文件内容不是文字表格，可能已损坏。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再导入。',
};
