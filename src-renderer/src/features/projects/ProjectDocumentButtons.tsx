import { Button } from '@mantine/core';
import { saveProjectAnnouncement, saveProjectBallot } from '../../app/commands/projectDocuments';
import type { ActivityRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { ProjectRound } from '../../domain/projects/projectRound';
import { notifySuccess } from '../../ui/notify';

/** 打印选票 (before a round, or of a round) and, once published, 导出票决结果公告. */
export function ProjectDocumentButtons({
  activity,
  round,
}: {
  activity: ActivityRecord;
  round: ProjectRound | null;
}) {
  const ballot = useCommand();
  const announcement = useCommand();
  const done = (result: { ok: boolean; value?: string | null }) => {
    if (result.ok && result.value) notifySuccess(result.value);
  };
  return (
    <>
      {round?.published ? (
        <Button
          variant="default"
          loading={announcement.busy}
          onClick={() =>
            void announcement
              .run(saveProjectAnnouncement, { roundId: round.id }, { failTitle: '票决结果公告未导出' })
              .then(done)
          }
        >
          导出票决结果公告
        </Button>
      ) : (
        <Button
          variant="default"
          loading={ballot.busy}
          onClick={() =>
            void ballot
              .run(
                saveProjectBallot,
                { activityId: activity.id, roundId: round?.id ?? null },
                { failTitle: '选票未导出' },
              )
              .then(done)
          }
        >
          打印选票
        </Button>
      )}
    </>
  );
}
