import { Stack, Text } from '@mantine/core';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { ResultsBoard } from './ResultsBoard';
import { useVerifiedRound } from './useVerifiedRound';

/**
 * 大屏: the published result, once its fingerprint is recomputed from the ballots stored now and found equal to
 * the one frozen at 公布. When the ballots changed since, the room sees a red warning instead of the figures.
 */
export function VerifiedResultsBoard({ round }: { round: VoteRound }) {
  const check = useVerifiedRound(round.id);
  if (check === undefined) return null;
  if (check?.status !== 'mismatch') return <ResultsBoard round={round} />;
  return (
    <Stack
      align="center"
      justify="center"
      gap="3vh"
      c="white"
      role="alert"
      aria-label="测评票校验码不符"
      style={{ height: '100%', textAlign: 'center' }}
    >
      <Text fw={700} style={{ fontSize: 'min(3.6vw, 5.5vh)' }} lineClamp={2}>
        {round.title}
      </Text>
      <Text fw={700} c="#ff6b6b" style={{ fontSize: 'min(6vw, 10vh)' }}>
        测评票校验码不符
      </Text>
      <Text style={{ fontSize: 'min(2.6vw, 4vh)' }}>
        测评票在公布后被改动，与已公布的结果不一致，结果不予显示。
      </Text>
    </Stack>
  );
}
