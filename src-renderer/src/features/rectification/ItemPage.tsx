import { Anchor, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { deleteDraftItem } from '../../app/commands/rectificationItems';
import {
  useActivity,
  useIssuedDocuments,
  useRectificationItem,
  useRound,
  useSettings,
  useUnits,
} from '../../app/queries';
import { useCommand, useToday } from '../../app/runtime';
import { namesById } from '../../domain/names';
import { activityName } from '../../domain/rectification';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { DocumentsCard } from './DocumentsCard';
import { HistoryList } from './HistoryList';
import { ItemActionBar } from './ItemActionBar';
import { ItemDates, ItemFields, VoteCard } from './ItemDetails';
import { ItemFormModal } from './ItemFormModal';
import { ItemBadges } from './StatusBadges';

/** One 整改事项: its content, deadlines, the actions its status allows, its documents and its dated history. */
export function ItemPage({ itemId }: { itemId: string }) {
  const item = useRectificationItem(itemId);
  const units = useUnits();
  const activity = useActivity(item?.activityId ?? '');
  const round = useRound(item?.voteRoundId ?? '');
  const documents = useIssuedDocuments();
  const settings = useSettings();
  const [editing, setEditing] = useState(false);
  const [, navigate] = useLocation();
  const today = useToday();
  const { run } = useCommand();
  if (item === undefined || !units || !documents || !settings) return <Loader />;
  if (item === null) return <NotFoundPage />;
  const periods = settings.rectification;
  const unitName = namesById(units, 'shortName');
  const back = item.activityId ? `/activities/${item.activityId}/rectification` : '/rectification';
  const remove = () =>
    modals.openConfirmModal({
      title: '删除整改事项',
      children: <Text size="sm">确定删除这项待交办的整改事项吗？</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(deleteDraftItem, { id: item.id }, { success: '已删除' }).then((result) => {
          if (result.ok) navigate(back);
        }),
    });

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            {unitName(item.unitId)}
            <ItemBadges
              item={item}
              today={today}
              settings={periods}
              votePublished={round?.stage === 'published'}
            />
          </Group>
        }
        description={
          <>
            <Anchor component={Link} href="/rectification">
              整改
            </Anchor>
            {activity ? (
              <>
                {' · '}
                <Anchor component={Link} href={`/activities/${activity.id}/rectification`}>
                  {activityName(activity)}
                </Anchor>
              </>
            ) : null}
          </>
        }
      />
      <Group mb="md" role="group" aria-label="办理操作">
        <ItemActionBar item={item} unitName={unitName} round={round ?? null} settings={periods} />
      </Group>
      <Grid gap="md">
        <Grid.Col span={8}>
          <Stack>
            <ItemFields item={item} onEdit={() => setEditing(true)} onDelete={remove} />
            <HistoryList item={item} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={4}>
          <Stack>
            <ItemDates item={item} today={today} settings={periods} />
            <VoteCard item={item} round={round} />
            <DocumentsCard
              documents={documents.filter((d) => d.itemIds.includes(item.id))}
              item={item}
              unitName={unitName}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      {editing ? (
        <ItemFormModal
          activityId={item.activityId}
          unitIds={activity?.units.map((u) => u.unitId) ?? []}
          item={item}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}
