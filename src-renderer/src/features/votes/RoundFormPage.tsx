import { Loader } from '@mantine/core';
import { useLocation } from 'wouter';
import { saveRound } from '../../app/commands/votesRounds';
import { useActivity, useRound, useUnits } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { nameOr } from '../../domain/names';
import { unitRoundInput } from '../../domain/votes/roundDefaults';
import type { RoundInput } from '../../domain/votes/roundRecord';
import { NotFoundPage } from '../../ui/NotFoundPage';
import { PageHeader } from '../../ui/PageHeader';
import { RoundSetupForm } from './RoundSetupForm';

/** 新建测评 (roundId null) or 修改设置 of a round in draft. */
export function RoundFormPage({ activityId, roundId }: { activityId: string; roundId: string | null }) {
  const activity = useActivity(activityId);
  const round = useRound(roundId ?? '');
  const units = useUnits();
  const [, navigate] = useLocation();
  const { run } = useCommand();
  if (activity === undefined || units === undefined || (roundId && round === undefined)) return <Loader />;
  if (activity === null || (roundId && !round)) return <NotFoundPage />;

  const unitById = new Map(units.map((u) => [u.id, u]));
  const options = activity.units.map((u) => ({
    refId: u.unitId,
    name: nameOr(unitById.get(u.unitId), 'shortName'),
  }));
  const initial: RoundInput = round
    ? {
        title: round.title,
        subjectKind: round.subjectKind,
        subjects: round.subjects,
        rules: round.rules,
        doubleEntry: round.doubleEntry === true,
      }
    : unitRoundInput(
        activity,
        options.map((o) => ({ unitId: o.refId, name: o.name })),
      );
  const back = (id: string | null) =>
    navigate(id ? `/activities/${activityId}/votes/${id}` : `/activities/${activityId}/votes`);

  const submit = async (input: RoundInput) => {
    const saved = await run(
      saveRound,
      { activityId, roundId: round ? round.id : null, input },
      { success: round ? '设置已保存' : '测评已创建', failTitle: '测评未保存' },
    );
    if (saved.ok) back(saved.value.id);
  };

  return (
    <>
      <PageHeader
        title={round ? `修改设置：${round.title}` : '新建测评'}
        description={`${activity.title} · 每一条计票规则都可以修改，并会印在测评结果下方`}
      />
      <RoundSetupForm
        initial={initial}
        options={options}
        submitLabel={round ? '保存设置' : '创建测评'}
        onSubmit={submit}
        onCancel={() => back(round?.id ?? null)}
      />
    </>
  );
}
