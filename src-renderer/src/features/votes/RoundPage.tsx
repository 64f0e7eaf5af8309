import { Accordion, Alert, Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useActivity, useBallots, useGroupTotals, useRound } from '../../app/queries';
import { countsText } from '../../domain/votes/countsText';
import { reportRoundItems } from '../../domain/votes/notice';
import { tallyInputOf } from '../../domain/votes/lifecycle';
import { provisionalCounts } from '../../domain/votes/provisional';
import { roundDisclosure, scoringOn } from '../../domain/votes/secrecy';
import { tally } from '../../domain/votes/tally';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { CloseRoundPanel } from './CloseRoundPanel';
import { EntryPanel } from './EntryPanel';
import { EntryFocusContext } from './entryFocus';
import { FingerprintAlert } from './FingerprintAlert';
import { OpenRoundPanel } from './OpenRoundPanel';
import { ResultsPanel } from './ResultsPanel';
import { RoundActions } from './RoundActions';
import { RoundLogList } from './RoundLogList';
import { RoundStageBadge } from './RoundStageBadge';
import { RoundStepper } from './RoundStepper';
import { ScoringPanel } from './scoring/ScoringPanel';
import { SetupSummary } from './SetupSummary';
import { useVerifiedRound } from './useVerifiedRound';

/**
 * One ballot round: its stage, the step to do now, the result, and the log. While members vote on screen, and
 * until a round holding on-screen ballots is closed, no count of any subject is shown (domain/votes/secrecy).
 */
export function RoundPage({ activityId, roundId }: { activityId: string; roundId: string }) {
  const activity = useActivity(activityId);
  const round = useRound(roundId);
  const ballots = useBallots(roundId);
  const totals = useGroupTotals(roundId);
  const check = useVerifiedRound(roundId);
  const [focusSignal, setFocusSignal] = useState(0);
  const refocus = useCallback(() => setFocusSignal((n) => n + 1), []);
  const entryFocus = useMemo(() => ({ signal: focusSignal, refocus }), [focusSignal, refocus]);
  const screenBallots = ballots?.filter((b) => b.paperNo === null).length ?? 0;
  const shows = round ? roundDisclosure(round, screenBallots) : null;
  const live = useMemo(() => {
    if (!round || !ballots || !totals || round.stage === 'draft' || round.stage === 'published') return null;
    if (!shows?.counts) return null;
    const strip = ballots.map(({ roundId: _r, paperNo: _p, ...b }) => b);
    return tally(
      tallyInputOf(
        { ...round, counts: provisionalCounts(round, strip) },
        strip,
        totals.map(({ roundId: _r, ...t }) => t),
      ),
    );
  }, [round, ballots, totals, shows?.counts]);

  if (activity === undefined || round === undefined || !ballots || !totals) return <Loader />;
  if (!activity || !round || round.activityId !== activityId) return <NotFoundPage />;
  const result = round.stage === 'published' ? (round.published?.result ?? null) : live;

  return (
    <EntryFocusContext.Provider value={entryFocus}>
      <PageHeader
        title={
          <Group gap="sm">
            {round.title}
            <RoundStageBadge stage={round.stage} />
          </Group>
        }
        description={
          <>
            <Anchor component={Link} href={`/activities/${activityId}/votes`}>
              {activity.title}
            </Anchor>
            {reportRoundItems(round).map(({ itemId, unit }) => (
              <span key={itemId}>
                {' · 整改事项：'}
                <Anchor component={Link} href={`/rectification/${itemId}`}>
                  {unit}
                </Anchor>
              </span>
            ))}
            {round.stage !== 'draft'
              ? ` · ${countsText(round.rules, round.counts, round.stage !== 'open')}`
              : ''}
          </>
        }
        actions={<RoundActions round={round} />}
      />
      <RoundStepper stage={round.stage} />
      <Stack>
        {check?.status === 'mismatch' ? <FingerprintAlert check={check} /> : null}
        {round.stage === 'draft' ? (
          <>
            <SetupSummary round={round} />
            <OpenRoundPanel round={round} activity={activity} />
          </>
        ) : null}
        {round.stage === 'open' ? (
          <>
            {shows?.entry ? <EntryPanel round={round} ballots={ballots} totals={totals} /> : null}
            <ScoringPanel round={round} />
            {shows?.entry ? <CloseRoundPanel round={round} ballots={ballots} /> : null}
            {shows?.hiddenBecause && !scoringOn(round) ? (
              <Alert color="grape" title="结束测评前不显示票数">
                {shows.hiddenBecause}
              </Alert>
            ) : null}
            {result && shows?.counts ? (
              <Accordion variant="contained">
                <Accordion.Item value="live">
                  <Accordion.Control>查看临时结果（未公布）</Accordion.Control>
                  <Accordion.Panel>
                    <ResultsPanel round={round} result={result} />
                  </Accordion.Panel>
                </Accordion.Item>
              </Accordion>
            ) : null}
          </>
        ) : null}
        {round.stage === 'closed' ? (
          <Text size="sm" c="dimmed">
            测评已结束。请核对下面的临时结果，无误后点击右上角“公布结果”；公布后结果冻结，可在大屏显示。
          </Text>
        ) : null}
        {(round.stage === 'closed' || round.stage === 'published') && result ? (
          <ResultsPanel round={round} result={result} />
        ) : null}
      </Stack>
      <RoundLogList roundId={round.id} />
      <Group mt="md">
        <Button component={Link} href={`/activities/${activityId}/votes`} variant="subtle">
          ← 返回测评列表
        </Button>
      </Group>
    </EntryFocusContext.Provider>
  );
}
