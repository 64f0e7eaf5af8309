import { Anchor, Button, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { saveBallotForm } from '../../app/commands/votesDocuments';
import { useActivity, useSettings } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { missingSettings } from '../../domain/settings/readiness';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { notifySuccess } from '../../ui/notify';
import { NoticeNumberModal } from './NoticeNumberModal';

type Open = 'notice' | 'noOrg' | null;

/** Documents of a round: 打印测评表 in any stage, 导出结果通报 once the result is published. */
export function RoundDocumentButtons({ round }: { round: VoteRound }) {
  const settings = useSettings();
  const activity = useActivity(round.activityId);
  const [open, setOpen] = useState<Open>(null);
  const { run, busy } = useCommand();
  const ready = settings !== undefined && !!activity;
  // Both documents carry the 发文机关标志; without it the secretary is sent to 设置 before trying.
  const hasOrg = settings !== undefined && missingSettings(settings, 'unnumbered').length === 0;

  const printForm = async () => {
    if (!ready) return;
    if (!hasOrg) {
      setOpen('noOrg');
      return;
    }
    const saved = await run(saveBallotForm, { roundId: round.id }, { failTitle: '测评表未生成' });
    if (saved.ok && saved.value) notifySuccess(saved.value);
  };
  const exportNotice = () => setOpen(hasOrg ? 'notice' : 'noOrg');

  return (
    <>
      <Button variant="default" loading={busy} disabled={!ready} onClick={() => void printForm()}>
        打印测评表
      </Button>
      {round.stage === 'published' ? (
        <Button variant="default" disabled={!ready} onClick={exportNotice}>
          导出结果通报
        </Button>
      ) : (
        <Tooltip label="结果公布后才能导出结果通报">
          <span>
            <Button variant="default" disabled aria-label="导出结果通报（结果公布后才能导出）">
              导出结果通报
            </Button>
          </span>
        </Tooltip>
      )}
      {open === 'notice' && settings && activity ? (
        <NoticeNumberModal
          settings={settings}
          activity={activity}
          round={round}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open === 'noOrg' ? (
        <Modal opened onClose={() => setOpen(null)} title="还没有设置发文机关">
          <Stack>
            <Text size="sm">
              测评表和结果通报要印上发文机关名称（例如：宜丰县人民代表大会常务委员会），目前设置中还没有填写。
            </Text>
            <Text size="sm">
              请先到
              <Anchor component={Link} href="/settings" mx={4} onClick={() => setOpen(null)}>
                设置
              </Anchor>
              中填写“发文机关标志”，再回来生成。
            </Text>
          </Stack>
        </Modal>
      ) : null}
    </>
  );
}
