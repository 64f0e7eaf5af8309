import { Badge, Group, Select, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { exportPeople } from '../../app/commands/directoryExport';
import { importPeople, previewPeopleImport } from '../../app/commands/directoryImport';
import { usePeople } from '../../app/queries';
import { filterPeople, knownGroups } from '../../domain/directory/listing';
import { PERSON_CATEGORIES, type Person } from '../../domain/directory/person';
import { DirectoryBody } from './DirectoryBody';
import { DirectoryToolbar } from './DirectoryToolbar';
import { PendingImportModal } from './ImportPreviewModal';
import { PersonFormModal } from './PersonFormModal';
import { Muted, type Column } from './RecordTable';
import { useExport } from './useExport';
import { useImport } from './useImport';

const COLUMNS: Column<Person>[] = [
  {
    header: '姓名',
    width: 120,
    cell: (p) => (
      <Group gap={6} wrap="nowrap">
        <Text fw={600}>{p.name}</Text>
        {p.archived ? <Badge color="gray">已归档</Badge> : null}
      </Group>
    ),
  },
  { header: '职务', cell: (p) => p.title || <Muted>未填</Muted> },
  { header: '类别', width: 140, cell: (p) => p.category },
  {
    header: '测评组',
    cell: (p) => (
      <Group gap={4}>
        {p.groups.map((g) => (
          <Badge key={g} variant="light" color="blue">
            {g}
          </Badge>
        ))}
      </Group>
    ),
  },
  { header: '电话', width: 130, cell: (p) => p.phone },
];

const IMPORT_FIELDS = [
  { field: 'name', label: '姓名' },
  { field: 'title', label: '职务' },
  { field: 'category', label: '类别' },
  { field: 'groups', label: '测评组' },
  { field: 'phone', label: '电话' },
];

export function PeopleTab() {
  const people = usePeople();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const importer = useImport({ preview: previewPeopleImport, save: importPeople, noun: '位人员' });
  const exportList = useExport();

  const shown = useMemo(
    () => filterPeople(people ?? [], { search, showArchived, category }),
    [people, showArchived, category, search],
  );
  const groups = useMemo(() => knownGroups(people ?? []), [people]);

  if (people === undefined) return null;
  return (
    <>
      <DirectoryToolbar
        search={search}
        onSearch={setSearch}
        showArchived={showArchived}
        onShowArchived={setShowArchived}
        filters={
          <Select
            placeholder="全部类别"
            aria-label="类别"
            data={[...PERSON_CATEGORIES]}
            value={category}
            onChange={setCategory}
            clearable
            w={180}
          />
        }
        addLabel="添加人员"
        onAdd={() => setEditing('new')}
        onImport={() => void importer.pick()}
        importing={importer.reading}
        onExport={() => void exportList(exportPeople, shown)}
      />
      <DirectoryBody
        total={people.length}
        shown={shown}
        noun="人员"
        countText={`共 ${shown.length} 人`}
        emptyDescription="逐个添加常委会组成人员、人大代表和部门负责人，或者从 Excel / WPS 表格一次导入。表格第一行写列名：姓名、职务、类别、测评组、电话。"
        addLabel="添加人员"
        onAdd={() => setEditing('new')}
        onImport={() => void importer.pick()}
        columns={COLUMNS}
        nameOf={(p) => p.name}
        list="people"
        onEdit={setEditing}
      />
      {editing ? (
        <PersonFormModal
          person={editing === 'new' ? null : editing}
          knownGroups={groups}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <PendingImportModal importer={importer} title="导入人员" fields={IMPORT_FIELDS} />
    </>
  );
}
