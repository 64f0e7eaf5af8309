// Sample documents: test fixtures, and what scripts/render-docx.sh is pointed at to look at the layout.
import { DEFAULT_FONTS, type DocumentFonts } from '../../domain/settings/settings';
import { formatDocumentNumber } from '../../domain/settings/documentNumber';
import { formatChineseDate } from '../../domain/time';
import {
  bodyParagraph,
  fileDocument,
  gbtDocument,
  gbtSection,
  headingNumber,
  landscapeTableDocument,
  letterDocument,
  type Block,
  type DocumentSpec,
} from '../gbt9704';

export const SAMPLE_ORG = '宜丰县人民代表大会常务委员会';

const para = (text: string): Block => ({ kind: 'paragraph', text });

export function sampleNoticeSpec(fonts: DocumentFonts = DEFAULT_FONTS): DocumentSpec {
  return {
    fonts,
    orgName: SAMPLE_ORG,
    documentNumber: formatDocumentNumber('宜人常发', 2026, 3),
    title: '宜丰县人民代表大会常务委员会关于县自然资源局耕地保护工作专题询问问题的整改通知',
    addressee: '宜丰县自然资源局',
    body: [
      para(
        '2026年11月26日，县十八届人大常委会第二十九次会议对县自然资源局耕地保护工作开展了专题询问。' +
          '现将会议询问中发现的问题和常委会组成人员的审议意见交由你局研究处理，并就有关事项通知如下。',
      ),
      { kind: 'heading', level: 1, text: `${headingNumber(1, 1)}需要整改的问题` },
      {
        kind: 'heading',
        level: 2,
        text: `${headingNumber(2, 1)}耕地“非农化”问题整治不彻底。`,
        body:
          '部分乡镇违法占用耕地建房、挖塘养鱼等问题仍有发生，' +
          '卫片执法检查发现的图斑整改销号进度偏慢，个别图斑存在“纸面整改”现象。',
      },
      {
        kind: 'heading',
        level: 2,
        text: `${headingNumber(2, 2)}高标准农田建后管护不到位。`,
        body:
          '部分项目区沟渠淤塞、机耕道损毁后未及时修复，管护经费落实不足，' +
          '管护责任主体不明确，影响了项目效益的持续发挥。',
      },
      {
        kind: 'heading',
        level: 3,
        text: `${headingNumber(3, 1)}管护制度。`,
        body: '尚未建立县乡村三级管护责任清单。',
      },
      {
        kind: 'heading',
        level: 4,
        text: `${headingNumber(4, 1)}经费保障。`,
        body: '管护经费未纳入年度预算。',
      },
      para(
        '此外，耕地占补平衡指标管理、永久基本农田保护红线落地、耕地保护目标责任考核等方面也还存在一些薄弱环节，' +
          '群众反映的土地流转后撂荒、耕地质量下降等问题尚未得到有效解决，需要你局会同有关部门认真研究，' +
          '拿出切实可行的整改措施，明确责任单位、责任人和完成时限，确保问题整改到位。',
      ),
      { kind: 'heading', level: 1, text: `${headingNumber(1, 2)}整改要求` },
      para(
        '请你局高度重视，主要负责同志亲自抓，分管负责同志具体抓，对照问题清单逐项制定整改方案，' +
          '建立整改台账，实行销号管理。整改工作要坚持问题导向，既要立行立改、解决突出问题，' +
          '又要举一反三、建立长效机制，做到整改一个问题、完善一项制度、堵塞一批漏洞。' +
          '对整改中遇到的困难和问题，要及时向县人民政府报告，需要县人大常委会支持的，及时提出意见建议。',
      ),
      para(
        '县人大常委会将通过听取报告、开展视察、组织满意度测评等方式，跟踪监督整改落实情况，' +
          '并将整改情况向县人民代表大会报告。对整改不力、敷衍塞责的，将依法采取进一步的监督措施。' +
          '请各位代表和人民群众对整改落实情况进行监督，共同推动耕地保护工作取得实效。',
      ),
      { kind: 'heading', level: 1, text: `${headingNumber(1, 3)}整改时限` },
      para(
        '请于2027年2月28日前将整改方案报送县人大常委会农业农村工作委员会，' +
          '于2027年5月31日前书面报告整改落实情况。主要整改事项和时限如下表。',
      ),
      {
        kind: 'table',
        table: {
          headers: ['序号', '整改事项', '责任单位', '完成时限'],
          rows: [
            [1, '卫片执法图斑整改销号', '县自然资源局', '2027年3月31日'],
            [2, '高标准农田管护责任清单', '县农业农村局', '2027年4月30日'],
            [3, '耕地保护目标责任考核', '县人民政府办公室', '2027年5月31日'],
          ],
          columnWeights: [1, 4, 3, 3],
          align: ['center', 'left', 'center', 'center'],
        },
      },
    ],
    attachments: ['宜丰县人大常委会专题询问问题清单。'],
    signature: { date: formatChineseDate('2026-12-03') },
    colophon: {
      copyTo: ['县委办公室', '县人民政府办公室', '县农业农村局'],
      printer: '宜丰县人大常委会办公室',
      printDate: formatChineseDate('2026-12-03'),
    },
  };
}

export function sampleLetterSpec(fonts: DocumentFonts = DEFAULT_FONTS): DocumentSpec {
  return {
    fonts,
    orgName: SAMPLE_ORG,
    documentNumber: formatDocumentNumber('宜人常函', 2026, 12),
    title: '关于交办县人大常委会对县自然资源局专题询问审议意见的函',
    addressee: '宜丰县人民政府',
    body: [
      para(
        '县十八届人大常委会第二十九次会议对县自然资源局耕地保护工作开展了专题询问，' +
          '常委会组成人员提出了审议意见。现将《县人大常委会关于耕地保护工作专题询问的审议意见》交办给你们，' +
          '请认真研究处理，并于2027年2月28日前将研究处理情况书面报告县人大常委会。',
      ),
      para('特此函告。'),
    ],
    attachments: ['县人大常委会关于耕地保护工作专题询问的审议意见', '专题询问问题清单'],
    signature: { date: formatChineseDate('2026-12-03') },
    colophon: { copyTo: ['县委办公室'] },
  };
}

export const sampleNotice = (fonts?: DocumentFonts) => fileDocument(sampleNoticeSpec(fonts));
export const sampleLetter = (fonts?: DocumentFonts) => letterDocument(sampleLetterSpec(fonts));

export function sampleLedger(fonts: DocumentFonts = DEFAULT_FONTS) {
  const rows = Array.from({ length: 24 }, (_, i) => [
    i + 1,
    ['县自然资源局', '县农业农村局', '县水利局'][i % 3] ?? '',
    `专题询问问题第${i + 1}项：耕地保护相关问题整改`,
    i % 4 === 0 ? '已完成' : '整改中',
    '2027年3月31日',
  ]);
  return landscapeTableDocument({
    fonts,
    title: '县人大常委会专题询问问题整改情况跟踪台账',
    subtitle: `统计截至${formatChineseDate('2026-12-03')}`,
    table: {
      headers: ['序号', '责任单位', '问题', '状态', '完成时限'],
      rows,
      columnWeights: [1, 3, 8, 2, 3],
      align: ['center', 'center', 'left', 'center', 'center'],
      cellSize: 12,
    },
  });
}

/** 2 pages of plain body text of known characters: every line should hold 28, every page 22 lines. */
export function gridCheckDocument(fonts: DocumentFonts = DEFAULT_FONTS) {
  const text = '一二三四五六七八九十'.repeat(6);
  const children = Array.from({ length: 30 }, () => bodyParagraph(text, fonts));
  return gbtDocument(fonts, [gbtSection({ fonts, children })]);
}
