import { Alert, Badge, Button, Group, Modal, Pagination, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ImportPreview } from '../../domain/directory/importTable';

const PAGE_SIZE = 100;

export interface ImportField {
  field: string;
  label: string;
  /** column width in px; columns without one share the rest */
  width?: number;
}

/**
 * Every row of the file with what is wrong with it. The user imports the good rows in one go, or cancels;
 * cancelling changes nothing.
 */
export function ImportPreviewModal<T>({
  title,
  fileName,
  preview,
  fields,
  importing,
  onImport,
  onCancel,
}: {
  title: string;
  fileName: string;
  preview: ImportPreview<T>;
  fields: ImportField[];
  importing: boolean;
  onImport: () => void;
  onCancel: () => void;
}) {
  const [onlyBad, setOnlyBad] = useState(false);
  const [page, setPage] = useState(1);
  const rows = onlyBad ? preview.rows.filter((r) => r.errors.length > 0) : preview.rows;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  return (
    <Modal opened onClose={onCancel} title={title} size="90%" closeOnClickOutside={false}>
      <Stack>
        <Group gap="sm">
          <Text fw={600}>{fileName}</Text>
          <Badge color="green" variant="light">
            可导入 {preview.goodCount} 行
          </Badge>
          <Badge color={preview.badCount > 0 ? 'red' : 'gray'} variant="light">
            有问题 {preview.badCount} 行
          </Badge>
        </Group>
        {preview.fileErrors.map((message) => (
          <Alert key={message} color="red" title="文件无法导入">
            {message}
          </Alert>
        ))}
        {preview.warnings.map((message) => (
          <Text key={message} size="sm" c="orange.9">
            {message}
          </Text>
        ))}
        {preview.rows.length > 0 ? (
          <>
            <Group justify="space-between">
              <Switch
                label="只看有问题的行"
                checked={onlyBad}
                onChange={(e) => {
                  setOnlyBad(e.currentTarget.checked);
                  setPage(1);
                }}
              />
              {pages > 1 ? <Pagination total={pages} value={page} onChange={setPage} size="sm" /> : null}
            </Group>
            <Table.ScrollContainer minWidth={800} maxHeight={480}>
              <Table stickyHeader striped aria-label="导入预览">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>行号</Table.Th>
                    {fields.map((f) => (
                      <Table.Th key={f.field} w={f.width}>
                        {f.label}
                      </Table.Th>
                    ))}
                    <Table.Th>问题</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => (
                    <Table.Tr key={row.rowNumber} bg={row.errors.length > 0 ? 'red.0' : undefined}>
                      <Table.Td>{row.rowNumber}</Table.Td>
                      {fields.map((f) => (
                        <Table.Td key={f.field}>{row.cells[f.field] ?? ''}</Table.Td>
                      ))}
                      <Table.Td c="red.8">{row.errors.join('；')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={importing}>
            取消导入
          </Button>
          <Button onClick={onImport} loading={importing} disabled={preview.goodCount === 0}>
            导入 {preview.goodCount} 行有效数据
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The preview of a file picked with useImport, while one is pending. */
export function PendingImportModal<T>({
  importer,
  title,
  fields,
}: {
  importer: {
    pending: { fileName: string; preview: ImportPreview<T> } | null;
    importing: boolean;
    confirm: () => Promise<void>;
    cancel: () => void;
  };
  title: string;
  fields: ImportField[];
}) {
  if (!importer.pending) return null;
  return (
    <ImportPreviewModal
      title={title}
      fileName={importer.pending.fileName}
      preview={importer.pending.preview}
      fields={fields}
      importing={importer.importing}
      onImport={() => void importer.confirm()}
      onCancel={importer.cancel}
    />
  );
}
