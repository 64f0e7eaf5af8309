import { Alert, Button, Center, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { matchesName, type ScoringPerson } from '../../../domain/votes/scoring';

/**
 * 签到名单 of scoring mode: everyone signed in, as big buttons, with a search box. The list does not change
 * when someone votes (a name leaving it at that moment would tie the member to the ballot just cast); a member
 * who has voted and picks their name is told so.
 */
export function CheckinScreen({
  present,
  voted,
  groupName,
  onPick,
}: {
  present: readonly ScoringPerson[];
  voted: ReadonlySet<string>;
  groupName: string;
  onPick: (person: ScoringPerson) => void;
}) {
  const [search, setSearch] = useState('');
  const [refused, setRefused] = useState<ScoringPerson | null>(null);
  const shown = present.filter((p) => matchesName(p.name, search));
  const pick = (person: ScoringPerson) => {
    if (voted.has(person.id)) setRefused(person);
    else onPick(person);
  };

  return (
    <Stack gap="lg" maw={1100} mx="auto" w="100%">
      <div>
        <Title order={1} fz={40}>
          请找到您的姓名
        </Title>
        <Text fz="xl" c="dimmed">
          {groupName}：点击自己的姓名，确认后开始投票。测评票不记名，每人只能投一次。
        </Text>
      </div>
      <TextInput
        size="xl"
        placeholder="输入姓名查找"
        aria-label="查找姓名"
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setRefused(null);
        }}
      />
      {refused ? (
        <Alert
          color="orange"
          role="alert"
          fz="xl"
          title="已经投过票"
          withCloseButton
          onClose={() => setRefused(null)}
        >
          <Text fz="xl">{refused.name}已经投过票，每人只能投一次。如有疑问，请与会务人员联系。</Text>
        </Alert>
      ) : null}
      {shown.length > 0 ? (
        <SimpleGrid cols={{ base: 3, md: 4, lg: 5 }} spacing="md" role="list" aria-label="已签到的测评人">
          {shown.map((p) => (
            <div key={p.id} role="listitem">
              <Button fullWidth size="xl" h={88} fz={30} variant="default" onClick={() => pick(p)}>
                {p.name}
              </Button>
            </div>
          ))}
        </SimpleGrid>
      ) : (
        <Center mih={160}>
          <Text fz={26} c="dimmed">
            {present.length === 0
              ? '没有签到的测评人。请会务人员退出评分模式后重新签到。'
              : '签到名单中没有这个姓名。没有签到的不能投票，请与会务人员联系。'}
          </Text>
        </Center>
      )}
    </Stack>
  );
}

/** 我是某某: the member confirms who they are before the ballot appears. */
export function ConfirmIdentity({
  person,
  onConfirm,
  onBack,
}: {
  person: ScoringPerson;
  onConfirm: () => void;
  onBack: () => void;
}) {
  return (
    <Center mih="60vh">
      <Stack align="center" gap="xl">
        <Text fz={30} c="dimmed">
          请确认您的身份
        </Text>
        <Title order={1} fz={64}>
          我是{person.name}
        </Title>
        <Stack gap="md" w={420}>
          <Button size="xl" h={80} fz={30} onClick={onConfirm}>
            确认，开始投票
          </Button>
          <Button size="xl" h={64} fz={24} variant="default" onClick={onBack}>
            不是我，返回
          </Button>
        </Stack>
      </Stack>
    </Center>
  );
}
