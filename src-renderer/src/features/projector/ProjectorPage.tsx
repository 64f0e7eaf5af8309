import { Box, Loader, Text } from '@mantine/core';
import { usePublishedRoundOnProjector } from '../../app/queries';
import { useNow, useScreenMode } from '../../app/runtime';
import { projectorScreen } from '../../domain/inquiry/projectorScreen';
import { PROJECTOR_DARK, ProjectorView } from '../../ui/ProjectorView';
import { useConsole } from '../inquiry';
import { VerifiedResultsBoard } from '../votes';
import { RehearsalEnded } from './RehearsalEnded';

const DARK = PROJECTOR_DARK;

/**
 * 大屏: what the room sees on the projector. It folds the same stored log as the console and reads its
 * own clock, so it needs no messages from the console and survives reloads.
 */
export function ProjectorPage({ id }: { id: string }) {
  const { activity, state, names, loading } = useConsole(id);
  const now = useNow(200);
  const shownRound = usePublishedRoundOnProjector(id);
  const rehearsal = useScreenMode() === 'rehearsal';
  if (loading || !state) return <Loader m="xl" />;
  if (!activity && rehearsal) return <RehearsalEnded />;
  if (!activity) {
    return (
      <Box h="100vh" bg={DARK} c="white" p="xl">
        <Text fz={32}>找不到这个活动，请从会议控制台重新打开大屏。</Text>
      </Box>
    );
  }
  const screen = projectorScreen(state, now, names);
  // Blanked by the secretary (K): pure black, in front of everything, a published result included.
  if (screen.kind === 'blank') {
    return (
      <Box h="100vh">
        <ProjectorView title={activity.title} screen={screen} />
      </Box>
    );
  }
  // The chair shows a published result with 在大屏显示 on the round page; until then only the meeting shows.
  // Its fingerprint is checked first: a result whose ballots changed since 公布 is replaced by a warning.
  if (shownRound) {
    return (
      <Box h="100vh" bg={DARK} p="3vh" style={{ overflow: 'hidden' }}>
        <VerifiedResultsBoard round={shownRound} />
      </Box>
    );
  }
  return (
    <Box h="100vh">
      <ProjectorView title={activity.title} screen={screen} rehearsal={rehearsal} />
    </Box>
  );
}
