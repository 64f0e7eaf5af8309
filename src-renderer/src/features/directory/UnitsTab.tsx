import { Badge, Group, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { exportUnits } from '../../app/commands/directoryExport';
import { importUnits, previewUnitsImport } from '../../app/commands/directoryImport';
import { useUnits } from '../../app/queries';
import { filterUnits } from '../../domain/directory/listing';
import type { Unit } from '../../domain/directory/unit';
import { DirectoryBody } from './DirectoryBody';
import { DirectoryToolbar } from './DirectoryToolbar';
import { PendingImportModal } from './ImportPreviewModal';
import { Muted, type Column } from './RecordTable';
import { UnitFormModal } from './UnitFormModal';
import { useExport } from './useExport';
import { useImport } from './useImport';

function personLine(name: string, title: string) {
  if (!name) return <Muted>未填</Muted>;
  return (
    <Stack gap={0}>
      <Text size="sm">{name}</Text>
      {title ? <Muted>{title}</Muted> : null}
    </Stack>
  );
}

const COLUMNS: Column<Unit>[] = [
  {
    header: '单位',
    cell: (u) => (
      <Stack gap={0}>
        <Group gap={6} wrap="nowrap">
          <Text fw={600}>{u.shortName}</Text>
          {u.archived ? <Badge color="gray">已归档</Badge> : null}
        </Group>
        {u.shortName !== u.fullName ? <Muted>{u.fullName}</Muted> : null}
      </Stack>
    ),
  },
  { header: '类型', width: 130, cell: (u) => u.kind },
  { header: '负责人', cell: (u) => personLine(u.headName, u.headTitle) },
  { header: '分管领导', cell: (u) => personLine(u.supervisorName, u.supervisorTitle) },
];

const IMPORT_FIELDS = [
  { field: 'fullName', label: '单位全称' },
  { field: 'shortName', label: '简称' },
  { field: 'kind', label: '单位类型' },
  { field: 'headName', label: '负责人' },
  { field: 'headTitle', label: '负责人职务' },
  { field: 'supervisorName', label: '分管领导' },
  { field: 'supervisorTitle', label: '分管领导职务' },
];

export function UnitsTab() {
  const units = useUnits();
  const [search, setSearch] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const importer = useImport({ preview: previewUnitsImport, save: importUnits, noun: '个单位' });
  const exportList = useExport();

  const shown = useMemo(
    () => filterUnits(units ?? [], { search, showArchived }),
    [units, showArchived, search],
  );

  if (units === undefined) return null;
  return (
    <>
      <DirectoryToolbar
        search={search}
        onSearch={setSearch}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        addLabel="添加单位"
        onAdd={() => setEditing('new')}
        onImport={() => void importer.pick()}
        importing={importer.reading}
        onExport={() => void exportList(exportUnits, shown)}
      />
      <DirectoryBody
        total={units.length}
        shown={shown}
        noun="单位"
        countText={`共 ${shown.length} 个单位`}
        emptyDescription="添加应询单位和被评议单位，或者从 Excel / WPS 表格一次导入。表格第一行写列名：单位全称、简称、单位类型、负责人、负责人职务、分管领导、分管领导职务。"
        addLabel="添加单位"
        onAdd={() => setEditing('new')}
        onImport={() => void importer.pick()}
        columns={COLUMNS}
        nameOf={(u) => u.shortName}
        list="units"
        onEdit={setEditing}
      />
      {editing ? (
        <UnitFormModal unit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      <PendingImportModal importer={importer} title="导入单位" fields={IMPORT_FIELDS} />
    </>
  );
}
