import { Alert, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { verifyPublishedProjectRound } from '../../app/commands/projectFingerprint';
import { useProjectFingerprintCheck } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { messageFor } from '../../domain/errors';

/**
 * The red warning of a published project round whose ballots no longer give the fingerprint frozen at 公布
 * (nothing while it is intact). A mismatch seen here is written to the round's log once, by the command.
 */
export function ProjectFingerprintAlert({ roundId }: { roundId: string }) {
  const check = useProjectFingerprintCheck(roundId);
  const { run } = useCommand();
  const mismatch = check?.status === 'mismatch' ? `${check.stored}:${check.recomputed}` : null;
  useEffect(() => {
    if (mismatch) void run(verifyPublishedProjectRound, { roundId }, { quiet: true });
  }, [mismatch, roundId, run]);
  if (check?.status !== 'mismatch') return null;
  return (
    <Alert color="red" variant="filled" role="alert" aria-label="选票校验码不符" mb="sm">
      <Stack gap={4}>
        <Text size="sm" fw={700}>
          {messageFor('projects.fingerprintMismatch')}
        </Text>
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
          公布时：{check.stored}
          <br />
          现在：{check.recomputed}
        </Text>
      </Stack>
    </Alert>
  );
}
