import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { exportIssuedDocuments } from '../../app/commands/rectificationFiles';
import { voidDocument } from '../../app/commands/rectificationIssue';
import type { IssuedDocumentRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { ISSUED_KIND_LABELS } from '../../domain/rectification/issuedContent';
import { formatChineseDate } from '../../domain/time';
import { errorMessage } from '../../ui/notify';
import { SaveButton } from './SaveButton';

function VoidModal({ doc, onClose }: { doc: IssuedDocumentRecord; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy } = useCommand();
  // A refusal (no reason given) stays in the dialog, beside what to change.
  const submit = async () => {
    const result = await run(
      voidDocument,
      { documentId: doc.id, reason },
      { quiet: true, success: `已作废文号${doc.number}` },
    );
    if (result.ok) onClose();
    else setProblem(errorMessage(result.error));
  };
  return (
    <Modal opened onClose={onClose} title={`作废文号${doc.number}`} size="lg">
      <Stack>
        <Text size="sm">
          作废后这个文号仍留在发文登记中，不会再次使用；整改事项的状态不变，可以重新印发文件（取下一个文号）。原因记入发文登记和办理记录。
        </Text>
        <Textarea
          label="作废原因"
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button color="red" loading={busy} onClick={() => void submit()}>
            作废文号
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** 印发的文件 of an item: each can be exported again exactly as issued, or its number voided. */
export function DocumentsCard({ documents }: { documents: IssuedDocumentRecord[] }) {
  const [voiding, setVoiding] = useState<IssuedDocumentRecord | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-label="印发的文件">
      <Title order={4} mb="xs">
        印发的文件
      </Title>
      {documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          还没有印发编号文件。
        </Text>
      ) : (
        <Stack gap="sm">
          {documents.map((doc) => (
            <div key={doc.id}>
              <Group gap={6}>
                <Text fw={600} td={doc.status === 'voided' ? 'line-through' : undefined}>
                  {doc.number}
                </Text>
                {doc.status === 'voided' ? <Badge color="gray">已作废</Badge> : null}
              </Group>
              <Text size="sm" c="dimmed">
                {ISSUED_KIND_LABELS[doc.kind]} · {formatChineseDate(doc.issuedOn)}
                {doc.status === 'voided' && doc.voidedOn
                  ? ` · ${formatChineseDate(doc.voidedOn)}作废：${doc.voidReason ?? ''}`
                  : ''}
              </Text>
              <Group gap={4} mt={4}>
                <SaveButton
                  size="compact-sm"
                  variant="default"
                  command={exportIssuedDocuments}
                  input={{ documentIds: [doc.id] }}
                >
                  重新导出
                </SaveButton>
                {doc.status === 'issued' ? (
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => setVoiding(doc)}>
                    作废文号
                  </Button>
                ) : null}
              </Group>
            </div>
          ))}
        </Stack>
      )}
      {voiding ? <VoidModal doc={voiding} onClose={() => setVoiding(null)} /> : null}
    </Paper>
  );
}
