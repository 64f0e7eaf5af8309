import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { exportIssuedDocuments } from '../../app/commands/rectificationFiles';
import type { IssuedDocumentRecord } from '../../app/queries';
import { ISSUED_KIND_LABELS } from '../../domain/rectification/issuedContent';
import { SaveButton } from './SaveButton';

/**
 * The documents just issued, each to save on its own, or all in one Word file (one section each). A save dialog
 * saves one file, and a browser cannot write a folder, so a batch is one combined file or one dialog per document.
 */
export function IssuedResult({
  documents,
  unitName,
  onDone,
}: {
  documents: IssuedDocumentRecord[];
  unitName: (id: string) => string;
  onDone: () => void;
}) {
  return (
    <Stack>
      <Table aria-label="已印发的文件" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>发文字号</Table.Th>
            <Table.Th>文件</Table.Th>
            <Table.Th>单位</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((doc) => (
            <Table.Tr key={doc.id}>
              <Table.Td fw={600}>{doc.number}</Table.Td>
              <Table.Td>{ISSUED_KIND_LABELS[doc.kind]}</Table.Td>
              <Table.Td>{unitName(doc.unitId)}</Table.Td>
              <Table.Td>
                <SaveButton
                  size="compact-sm"
                  variant="default"
                  command={exportIssuedDocuments}
                  input={{ documentIds: [doc.id] }}
                >
                  保存
                </SaveButton>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {documents.length > 1 ? (
        <Text size="xs" c="dimmed">
          可以逐份保存，也可以合并为一个 Word 文件（每份文件单独成节，页码各自从 1 开始），便于一次打印。
        </Text>
      ) : null}
      <Group justify="flex-end">
        {documents.length > 1 ? (
          <SaveButton
            variant="default"
            command={exportIssuedDocuments}
            input={{ documentIds: documents.map((doc) => doc.id) }}
          >
            合并保存为一个文件
          </SaveButton>
        ) : null}
        <Button onClick={onDone}>完成</Button>
      </Group>
    </Stack>
  );
}
