// An inquiry to run the inquiry commands against: two units, one asker and a second person not yet asking.
import { createActivity } from '../../db/repositories/activities';
import { peopleRepository } from '../../db/repositories/people';
import { unitsRepository } from '../../db/repositories/units';
import type { PersonInput } from '../../domain/directory/person';
import type { UnitInput } from '../../domain/directory/unit';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import type { TestServices } from './services';

export interface InquirySetup {
  activityId: string;
  /** 县自然资源局, respondent 丁振宇 局长 */
  ziranId: string;
  /** 县林业局, no respondent named */
  linyeId: string;
  /** 喻建平, one of the activity's askers */
  askerId: string;
  /** 廖海燕, in the directory but not (yet) asking */
  otherId: string;
}

const unit = (fullName: string, shortName: string): UnitInput => ({
  fullName,
  shortName,
  kind: '政府工作部门',
  headName: '',
  headTitle: '',
  supervisorName: '',
  supervisorTitle: '',
});

const person = (name: string): PersonInput => ({
  name,
  title: '县人大常委会委员',
  category: '人大代表',
  groups: [],
  phone: '',
});

export async function setUpInquiry({ db, clock }: TestServices): Promise<InquirySetup> {
  const ziranId = (await unitsRepository.add(db, unit('宜丰县自然资源局', '县自然资源局'))).id;
  const linyeId = (await unitsRepository.add(db, unit('宜丰县林业局', '县林业局'))).id;
  const askerId = (await peopleRepository.add(db, person('喻建平'))).id;
  const otherId = (await peopleRepository.add(db, person('廖海燕'))).id;
  const activity = await createActivity(
    db,
    {
      kind: 'inquiry',
      title: '促进绿色矿山建设',
      date: '2026-12-06',
      venue: '',
      chairId: null,
      units: [
        { unitId: ziranId, respondentName: '丁振宇', respondentTitle: '局长' },
        { unitId: linyeId, respondentName: '', respondentTitle: '' },
      ],
      participantIds: [askerId],
      timerMinutes: DEFAULT_TIMER_MINUTES,
      status: 'running',
    },
    clock.now(),
  );
  return { activityId: activity.id, ziranId, linyeId, askerId, otherId };
}
