import { Box, Paper, Text } from '@mantine/core';
import type { IssuedContent } from '../../domain/rectification/issuedContent';

const SERIF = '"FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", serif';

/**
 * A 样稿 on screen: the document as it will be printed (标志, title, 主送机关, body, signature, 抄送), without a
 * number, with 样稿 written across it. Close enough to read and check the text; the Word file is the exact layout.
 */
export function DraftPreview({ content, label }: { content: IssuedContent; label: string }) {
  const mark = content.layout === 'file' ? `${content.orgName}文件` : content.orgName;
  return (
    <Paper
      withBorder
      shadow="xs"
      p="lg"
      pos="relative"
      style={{ fontFamily: SERIF, overflow: 'hidden' }}
      role="document"
      aria-label={label}
    >
      <Box
        aria-hidden
        pos="absolute"
        top="35%"
        left={0}
        right={0}
        ta="center"
        style={{
          fontSize: 96,
          fontWeight: 700,
          color: 'rgba(128, 128, 128, 0.22)',
          transform: 'rotate(-35deg)',
          pointerEvents: 'none',
          letterSpacing: 24,
        }}
      >
        样稿
      </Box>
      <Text ta="center" c="red.7" fz={22} fw={600} style={{ fontFamily: SERIF }}>
        {mark}
      </Text>
      <Text ta={content.layout === 'file' ? 'center' : 'right'} c="dimmed" size="sm" mt={4}>
        （发文字号在印发时取得）
      </Text>
      <Box h={2} bg="red.7" my="xs" />
      <Text ta="center" fz={18} fw={600} my="sm" style={{ whiteSpace: 'pre-line', fontFamily: SERIF }}>
        {content.title}
      </Text>
      <Text size="sm">{content.addressee}：</Text>
      {content.body.map((block, i) =>
        block.kind === 'heading' ? (
          <Text key={i} size="sm" fw={700} mt={6} style={{ textIndent: '2em' }}>
            {block.text}
          </Text>
        ) : (
          <Text key={i} size="sm" style={{ textIndent: '2em' }}>
            {block.text}
          </Text>
        ),
      )}
      <Text size="sm" ta="right" mt="md">
        {content.orgName}
      </Text>
      <Text size="sm" ta="right">
        {content.date}
      </Text>
      {content.copyTo.length > 0 ? (
        <Text size="xs" mt="md" pt={4} style={{ borderTop: '1px solid #999' }}>
          抄送：{content.copyTo.join('，')}。
        </Text>
      ) : null}
    </Paper>
  );
}
