// The project vote's files from plain values, for the project commands to save: the ballot, the 票决结果公告, the
// ledger in Word and Excel. They read no storage: the caller loads the settings (orgName, fonts), the candidates,
// the counts and the number from the register, and saves the result with saveProjectFile. docx and exceljs are
// large, so each builder loads its layer on demand.
import type { FileFilter } from '../../../../src-main/contract';
import type { AnnouncementInput } from '../../domain/projects/announcement';
import type { ProjectLedgerRow } from '../../domain/projects/ledger';
import type { CalendarDate, Instant } from '../../domain/time';
import type { AnnouncementOptions, ProjectBallotInput, ProjectDocContext } from '../../documents/projects';
import type { DocumentFonts } from '../../documents/gbt9704';
import type { Services } from '../runtime/services';
import type { BuiltFile, SavedFile } from './rectificationFiles';

const WORD: FileFilter[] = [{ name: 'Word 文档', extensions: ['docx'] }];
const EXCEL: FileFilter[] = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

async function layers() {
  const [projects, pack] = await Promise.all([
    import('../../documents/projects'),
    import('../../documents/pack'),
  ]);
  return { ...projects, toBytes: pack.toBytes };
}

/** 民生实事项目票决票 (再次票决票 for a runoff). */
export async function projectBallotFile(input: ProjectBallotInput): Promise<BuiltFile> {
  const { projectBallotDocument, projectBallotTitle, projectFileName, toBytes } = await layers();
  const data = await toBytes(projectBallotDocument(input));
  return { fileName: projectFileName(projectBallotTitle(input), 'docx'), data };
}

/** 票决结果公告, numbered `options.prefix〔year〕sequence号`; the file is named after its number and title. */
export async function projectAnnouncementFile(
  ctx: ProjectDocContext,
  input: AnnouncementInput,
  options: AnnouncementOptions,
): Promise<BuiltFile> {
  const { projectAnnouncementDocument, announcementNumber, projectFileName, toBytes } = await layers();
  const { announcementContent } = await import('../../domain/projects/announcement');
  const data = await toBytes(projectAnnouncementDocument(ctx, input, options));
  const name = `${announcementNumber(options)}${announcementContent(input).title}`;
  return { fileName: projectFileName(name, 'docx'), data };
}

export interface ProjectLedgerFileSpec {
  fonts: DocumentFonts;
  orgName: string;
  /** The vote's subject, e.g. 2027年民生实事项目 */
  subject: string;
  today: CalendarDate;
  /** From domain projectLedgerRows. */
  rows: readonly ProjectLedgerRow[];
}

/** 民生实事项目推进情况台账 in Word (landscape) or Excel; `created` stamps the workbook (the caller's clock). */
export async function projectLedgerFile(
  spec: ProjectLedgerFileSpec,
  format: 'docx' | 'xlsx',
  created?: Instant,
): Promise<BuiltFile> {
  const { projectLedgerDocument, projectLedgerTitle, projectFileName, toBytes } = await layers();
  const title = projectLedgerTitle(spec.orgName, spec.subject);
  if (format === 'docx') {
    const data = await toBytes(
      projectLedgerDocument({ fonts: spec.fonts, title, today: spec.today, rows: spec.rows }),
    );
    return { fileName: projectFileName(title, 'docx'), data };
  }
  const { projectLedgerXlsx } = await import('../../spreadsheets/projectLedger');
  const data = await projectLedgerXlsx({ title, today: spec.today, rows: spec.rows }, created);
  return { fileName: projectFileName(title, 'xlsx'), data };
}

/** Saves a built file through the desktop (a save dialog, or a download in the browser build). */
export async function saveProjectFile(desktop: Services['desktop'], file: BuiltFile): Promise<SavedFile> {
  const filters = file.fileName.endsWith('.xlsx') ? EXCEL : WORD;
  const result = await desktop.saveFile({ suggestedName: file.fileName, data: file.data, filters });
  return { ...result, fileName: file.fileName };
}
