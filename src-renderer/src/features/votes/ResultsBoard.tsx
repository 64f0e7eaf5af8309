import { Box, Group, Stack, Text } from '@mantine/core';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { rateText, scoreText } from './format';

const RED = '#ff6b6b';
const DIM = 'rgba(255,255,255,0.65)';

/**
 * 大屏: a published result, large and readable on a dark background. Presentational only: the projector page
 * passes the round from usePublishedRoundOnProjector(activityId) (app/queries); nothing is shown before the
 * chair publishes. Sizes follow the viewport so 16 units fit on a 1080p projector.
 */
export function ResultsBoard({ round }: { round: VoteRound }) {
  const published = round.published;
  if (!published) return null;
  const { result } = published;
  const rules = round.rules;
  const byRate = rules.form === 'tiers' && rules.rankBy === 'satisfactionRate';
  const several = rules.groups.length > 1 ? '综合' : '';
  const rows = result.subjects;
  // Every row fits on the screen: the rows share about two thirds of its height.
  const size = `min(3.4vw, ${(44 / Math.max(rows.length, 6)).toFixed(2)}vh)`;

  return (
    <Stack gap="1.2vh" c="white" aria-label="测评结果大屏" style={{ height: '100%' }}>
      <Text ta="center" fw={700} style={{ fontSize: 'min(3.6vw, 5.5vh)' }} lineClamp={1}>
        {round.title}
      </Text>
      <Group justify="space-between" px="1vw" style={{ fontSize: 'min(1.8vw, 2.8vh)', color: DIM }}>
        <span>名次 · 测评对象</span>
        <span>
          {rules.form === 'tiers' ? `${several}满意率` : ''}
          {rules.form === 'tiers' ? ' · ' : ''}
          {several}得分
        </span>
      </Group>
      <Box
        style={{
          flex: 1,
          minHeight: 0,
          overflow: 'hidden',
          display: 'flex',
          flexDirection: 'column',
          gap: '0.6vh',
        }}
      >
        {rows.map((s) => (
          <Group
            key={s.subjectId}
            justify="space-between"
            wrap="nowrap"
            px="1vw"
            style={{
              fontSize: size,
              lineHeight: 1.25,
              borderRadius: 6,
              background: s.bottom ? 'rgba(255,80,80,0.18)' : 'rgba(255,255,255,0.05)',
              borderLeft: `0.5vw solid ${s.bottom ? RED : 'transparent'}`,
            }}
          >
            <Group gap="1.5vw" wrap="nowrap" style={{ minWidth: 0 }}>
              <Text inherit fw={700} w="3.5em" ta="right">
                {s.rank ?? '—'}
              </Text>
              <Text inherit fw={600} truncate>
                {s.name}
              </Text>
              {s.bottom ? (
                <Text inherit fw={700} c={RED} style={{ whiteSpace: 'nowrap', fontSize: '0.75em' }}>
                  排名靠后
                </Text>
              ) : null}
            </Group>
            <Text inherit fw={700} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {rules.form === 'tiers' ? (
                <Text inherit span c={byRate ? 'white' : DIM} mr="2vw">
                  {rateText(s.satisfactionRate, rules.decimals)}
                </Text>
              ) : null}
              <Text inherit span c={byRate ? DIM : 'white'}>
                {scoreText(s.score, rules.decimals)}
              </Text>
            </Text>
          </Group>
        ))}
      </Box>
      <Text ta="center" style={{ fontSize: 'min(1.4vw, 2.2vh)', color: DIM }}>
        {result.notes.join('；')}
        {result.notes.length > 0 ? '；' : ''}校验码 {published.fingerprint.slice(0, 16)}…
      </Text>
    </Stack>
  );
}
