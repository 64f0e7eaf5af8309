// The one place that imports exceljs.
//
// The default import of the bare 'exceljs' specifier works in both environments:
// - Vite browser builds honour the package's "browser" field and pick dist/exceljs.min.js, a self-contained
//   bundle (its own Buffer, stream and zip shims), so no Node built-ins reach the renderer;
// - Node (vitest) picks "main" (excel.js, CommonJS), whose module.exports becomes the default export.
// Named imports (`import { Workbook } from 'exceljs'`) fail under Node because module.exports is built
// at run time and cannot be detected statically, so always use `ExcelJS.Workbook`.
import ExcelJS from 'exceljs';

export default ExcelJS;
export type { CellValue, Workbook, Worksheet } from 'exceljs';
