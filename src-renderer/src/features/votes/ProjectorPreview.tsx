import { Box, Modal } from '@mantine/core';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { VerifiedResultsBoard } from './VerifiedResultsBoard';

/** 预览大屏: the published result as the projector will show it, before switching it on. */
export function ProjectorPreview({ round, onClose }: { round: VoteRound; onClose: () => void }) {
  return (
    <Modal opened onClose={onClose} fullScreen title="大屏预览" padding={0}>
      <Box bg="#0b0f14" p="3vh" style={{ height: 'calc(100vh - 60px)' }}>
        <VerifiedResultsBoard round={round} />
      </Box>
    </Modal>
  );
}
