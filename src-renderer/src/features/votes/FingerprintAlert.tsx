import { Alert, Stack, Text } from '@mantine/core';
import { messageFor } from '../../domain/errors';
import type { FingerprintCheck } from '../../domain/votes/fingerprintCheck';

/** The red warning of a published round whose ballots no longer give the fingerprint frozen at 公布. */
export function FingerprintAlert({ check }: { check: Extract<FingerprintCheck, { status: 'mismatch' }> }) {
  return (
    <Alert color="red" variant="filled" role="alert" aria-label="测评票校验码不符">
      <Stack gap={4}>
        <Text size="sm" fw={700}>
          {messageFor('votes.fingerprintMismatch')}
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
