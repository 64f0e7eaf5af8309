import { createTheme } from '@mantine/core';

const CJK_SANS =
  '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

export const theme = createTheme({
  primaryColor: 'red',
  primaryShade: 8,
  fontFamily: CJK_SANS,
  headings: { fontFamily: CJK_SANS },
  defaultRadius: 'sm',
});
