import { Badge, Code, Stack, Table, Text } from '@mantine/core';
import type { ProjectCandidateRecord } from '../../app/queries';
import type { ProjectDecision } from '../../domain/projects/projectDecision';
import { describeProjectRules } from '../../domain/projects/projectRules';
import type { ProjectRound } from '../../domain/projects/projectRound';
import type { ProjectCounts } from '../../domain/projects/projectTally';

function resultBadge(c: ProjectDecision['candidates'][number], places: number) {
  if (c.chosen) return <Badge color="green">当选</Badge>;
  if (c.tied) return <Badge color="orange">得票相同，另行票决</Badge>;
  if (c.passed) return <Badge color="gray">通过，未进入前 {places} 项</Badge>;
  return (
    <Badge color="gray" variant="outline">
      未过半数
    </Badge>
  );
}

/** What the decision says in one or two sentences: chosen, a tie to vote on again, places left. */
export function decisionSummary(decision: ProjectDecision, names: (id: string) => string): string[] {
  const lines: string[] = [];
  if (decision.chosen.length > 0) lines.push(`选出 ${decision.chosen.length} 个项目。`);
  if (decision.runoff) {
    const tied = decision.runoff.candidateIds.map((id) => `“${names(id)}”`).join('、');
    lines.push(`${tied}得票相同，需对其再次票决，确定剩余的 ${decision.runoff.places} 个名额。`);
  }
  if (decision.placesLeft > 0) lines.push(`过半数的项目不足，尚余 ${decision.placesLeft} 个名额未确定。`);
  return lines;
}

/** Every candidate of the round with its votes, rank and result; the counts, the rules and the fingerprint. */
export function DecisionTable({
  round,
  decision,
  counts,
  candidates,
  unitName,
  fingerprint,
}: {
  round: ProjectRound;
  decision: ProjectDecision;
  counts: ProjectCounts | null;
  candidates: readonly ProjectCandidateRecord[];
  unitName: (id: string) => string;
  fingerprint: string | null;
}) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const names = (id: string) => byId.get(id)?.name ?? '';
  const c = round.counts;
  return (
    <Stack gap="xs">
      {c && counts ? (
        <Text size="sm">
          应到 {c.entitled} 人，实到 {c.present} 人，发出 {c.issued} 张，收回 {counts.returned} 张；有效{' '}
          {counts.valid} 张（其中未选任何项目 {counts.empty} 张），多选无效 {counts.overMarked} 张，其他无效{' '}
          {counts.voidOther} 张。
          {decision.passVotes === null
            ? ''
            : `获 ${decision.passVotes} 票以上（超过 ${decision.denominator} 的半数）为通过。`}
        </Text>
      ) : null}
      {decisionSummary(decision, names).map((line) => (
        <Text key={line} fw={600}>
          {line}
        </Text>
      ))}
      <Table aria-label={`${round.title}结果`} striped verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>序号</Table.Th>
            <Table.Th>项目名称</Table.Th>
            <Table.Th w={150}>承办单位</Table.Th>
            <Table.Th w={80}>同意票</Table.Th>
            <Table.Th w={70}>名次</Table.Th>
            <Table.Th w={190}>结果</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {decision.candidates.map((o, i) => (
            <Table.Tr key={o.id}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td fw={o.chosen ? 600 : 400}>{names(o.id)}</Table.Td>
              <Table.Td>{unitName(byId.get(o.id)?.unitId ?? '')}</Table.Td>
              <Table.Td>{o.votes}</Table.Td>
              <Table.Td>{o.rank}</Table.Td>
              <Table.Td>{resultBadge(o, round.rules.places)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {describeProjectRules(round.rules, round.candidateIds.length).join(' ')}
      </Text>
      {fingerprint ? (
        <Text size="xs" c="dimmed">
          选票指纹（SHA-256）：<Code>{fingerprint}</Code>
        </Text>
      ) : null}
    </Stack>
  );
}
