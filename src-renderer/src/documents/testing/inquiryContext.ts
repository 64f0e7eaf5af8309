// A small inquiry for the document tests (imported by *.test.ts only). Ids match domain/inquiry/testFixtures.
import { DEFAULT_FONTS, type DocumentFonts } from '../../domain/settings/settings';
import type { InquiryDocContext } from '../inquiry/context';

export const OFFICE_FONTS: DocumentFonts = {
  title: '华文中宋',
  body: '仿宋',
  heading1: '方正黑体',
  heading2: '楷体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

export function testContext(fields: Partial<InquiryDocContext> = {}): InquiryDocContext {
  return {
    orgName: '宜丰县人民代表大会常务委员会',
    fonts: DEFAULT_FONTS,
    activity: {
      title: '促进绿色矿山建设',
      date: '2026-12-06',
      venue: '县人大常委会会议室',
      chairId: 'chair',
      units: [
        { unitId: 'unit-ziran', respondentName: '丁振宇', respondentTitle: '县自然资源局局长' },
        { unitId: 'unit-shengtai', respondentName: '施伟', respondentTitle: '局长' },
        { unitId: 'unit-yingji', respondentName: '章国良', respondentTitle: '' },
      ],
      participantIds: ['zhang', 'wang', 'li'],
    },
    people: [
      { id: 'chair', name: '钟国平', title: '县人大常委会主任' },
      { id: 'zhang', name: '张明', title: '县人大常委会委员、县人大城乡建设环境保护委员会主任委员' },
      { id: 'wang', name: '王芳', title: '' },
      { id: 'li', name: '李强', title: '县人大代表' },
    ],
    units: [
      { id: 'unit-ziran', fullName: '宜丰县自然资源局', shortName: '县自然资源局' },
      { id: 'unit-shengtai', fullName: '宜丰县生态环境局', shortName: '县生态环境局' },
      { id: 'unit-yingji', fullName: '宜丰县应急管理局', shortName: '县应急管理局' },
    ],
    ...fields,
  };
}
