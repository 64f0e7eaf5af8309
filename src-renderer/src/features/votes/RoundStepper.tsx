import { Stepper } from '@mantine/core';
import type { RoundStage } from '../../domain/votes/roundRecord';

/** The step the round is at: 设置 → 开始测评 → 录入 → 收回并结束 → 公布. */
const ACTIVE: Record<RoundStage, number> = { draft: 1, open: 2, closed: 4, published: 5 };

export function RoundStepper({ stage }: { stage: RoundStage }) {
  return (
    <Stepper active={ACTIVE[stage]} size="sm" mb="lg" allowNextStepsSelect={false} aria-label="测评步骤">
      <Stepper.Step label="设置" description="测评对象与计票规则" />
      <Stepper.Step label="开始测评" description="应到、实到、发出" />
      <Stepper.Step label="录入" description="逐张录入或汇总数" />
      <Stepper.Step label="收回并结束" description="收回票数" />
      <Stepper.Step label="公布" description="结果冻结并可上大屏" />
    </Stepper>
  );
}
