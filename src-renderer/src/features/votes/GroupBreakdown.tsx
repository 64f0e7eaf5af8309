import { Accordion, Text } from '@mantine/core';
import { fromDecimal, formatWeight } from '../../domain/votes/fraction';
import type { RoundResult } from '../../domain/votes/result';
import { groupTable } from '../../domain/votes/resultTable';
import type { RoundRules } from '../../domain/votes/rules';
import { ResultsTable } from './ResultsTable';

/** 分组结果: each rater group's own counts, rates and score, in the order of the results table. */
export function GroupBreakdown({ result, rules }: { result: RoundResult; rules: RoundRules }) {
  return (
    <Accordion variant="separated" multiple>
      {rules.groups.map((group) => {
        const summary = result.groups.find((g) => g.groupId === group.id);
        return (
          <Accordion.Item key={group.id} value={group.id}>
            <Accordion.Control>
              <Text fw={600} span>
                {group.name}
              </Text>
              <Text size="sm" c="dimmed" span ml="sm">
                权重 {formatWeight(fromDecimal(group.weight))}
                {summary
                  ? ` · 应到 ${summary.counts.entitled}，实到 ${summary.counts.present}，发出 ${summary.counts.issued}，收回 ${summary.counts.returned}，有效票 ${summary.ballots} 张，废票 ${summary.wholeVoid} 张`
                  : ''}
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <ResultsTable
                table={groupTable(result, rules, group.id)}
                label={`${group.name}测评结果`}
                nameColumn={0}
              />
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
