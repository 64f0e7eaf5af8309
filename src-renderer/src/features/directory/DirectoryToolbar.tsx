import { Button, Group, Switch, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

export function DirectoryToolbar({
  search,
  onSearch,
  showArchived,
  onShowArchived,
  filters,
  addLabel,
  onAdd,
  onImport,
  importing,
  onExport,
}: {
  search: string;
  onSearch: (value: string) => void;
  showArchived: boolean;
  onShowArchived: (value: boolean) => void;
  filters?: ReactNode;
  addLabel: string;
  onAdd: () => void;
  onImport: () => void;
  importing: boolean;
  onExport: () => void;
}) {
  return (
    <Group justify="space-between" mb="sm">
      <Group gap="sm">
        <TextInput
          placeholder="搜索姓名、职务、单位…"
          aria-label="搜索"
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
          w={260}
        />
        {filters}
        <Switch
          label="显示已归档"
          checked={showArchived}
          onChange={(e) => onShowArchived(e.currentTarget.checked)}
        />
      </Group>
      <Group gap="sm">
        <Button onClick={onAdd}>{addLabel}</Button>
        <Button variant="default" onClick={onImport} loading={importing}>
          从表格导入
        </Button>
        <Button variant="default" onClick={onExport}>
          导出 Excel
        </Button>
      </Group>
    </Group>
  );
}
