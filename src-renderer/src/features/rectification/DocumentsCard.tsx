import { Alert, Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { exportIssuedDocuments } from '../../app/commands/rectificationFiles';
import { voidDocument } from '../../app/commands/rectificationIssue';
import type { IssuedDocumentRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { ISSUED_KIND_LABELS } from '../../domain/rectification/issuedContent';
import type { RectificationItem } from '../../domain/rectification';
import { formatChineseDate } from '../../domain/time';
import { errorMessage } from '../../ui/notify';
import { IssueModal } from './IssueModal';
import { SaveButton } from './SaveButton';

function VoidModal({
  doc,
  reissue,
  onClose,
  onVoided,
}: {
  doc: IssuedDocumentRecord;
  /** 作废并重新发文: after voiding, the reissue opens. */
  reissue: boolean;
  onClose: () => void;
  onVoided: (voided: IssuedDocumentRecord) => void;
}) {
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
    if (result.ok) onVoided(result.value);
    else setProblem(errorMessage(result.error));
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`${reissue ? '作废并重新发文' : '作废文号'}：${doc.number}`}
      size="lg"
    >
      <Stack>
        <Text size="sm">
          作废后这个文号仍留在发文登记中，不会再次使用，再导出时每页印有“作废”字样；整改事项的状态不变。原因记入发文登记和办理记录。
          {reissue
            ? `作废后接着重新印发一份${ISSUED_KIND_LABELS[doc.kind]}（取下一个文号），正文从这份文件开始，可以修改。`
            : ''}
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
            {reissue ? '作废并继续' : '作废文号'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * 印发的文件 of an item: each can be exported again exactly as issued (a voided one marked 作废), its number voided,
 * or voided and reissued (作废并重新发文: the same kind, starting from its text).
 */
export function DocumentsCard({
  documents,
  item,
  unitName,
}: {
  documents: IssuedDocumentRecord[];
  item: RectificationItem;
  unitName: (id: string) => string;
}) {
  const [voiding, setVoiding] = useState<{ doc: IssuedDocumentRecord; reissue: boolean } | null>(null);
  const [reissuing, setReissuing] = useState<IssuedDocumentRecord | null>(null);
  const replaced = new Set(documents.flatMap((doc) => (doc.replaces ? [doc.replaces.documentId] : [])));
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
            <div key={doc.id} role="group" aria-label={doc.number}>
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
              {doc.replaces ? (
                <Text size="xs" c="dimmed">
                  替代已作废的{doc.replaces.number}（{doc.replaces.reason}）
                </Text>
              ) : null}
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
                  <>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setVoiding({ doc, reissue: true })}
                    >
                      作废并重新发文
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setVoiding({ doc, reissue: false })}
                    >
                      作废文号
                    </Button>
                  </>
                ) : replaced.has(doc.id) ? null : (
                  <Button size="compact-sm" variant="subtle" onClick={() => setReissuing(doc)}>
                    重新发文
                  </Button>
                )}
              </Group>
            </div>
          ))}
        </Stack>
      )}
      {voiding ? (
        <VoidModal
          doc={voiding.doc}
          reissue={voiding.reissue}
          onClose={() => setVoiding(null)}
          onVoided={(voided) => {
            setVoiding(null);
            if (voiding.reissue) setReissuing(voided);
          }}
        />
      ) : null}
      {reissuing ? (
        <IssueModal
          items={[item]}
          unitName={unitName}
          reissue={reissuing}
          onClose={() => setReissuing(null)}
        />
      ) : null}
    </Paper>
  );
}
