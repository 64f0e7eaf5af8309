// The demo dataset, as plain data: one click loads it into an empty database so a new user sees a
// real inquiry and a real evaluation at once (facts: shared/reference/demo-facts.md).
import { DEFAULT_RECTIFICATION_SETTINGS } from '../../domain/rectification/dueDates';
import { DEFAULT_FONTS, DEFAULT_TIMER_MINUTES, type Settings } from '../../domain/settings/settings';

export { DEMO_PEOPLE, type DemoPerson } from './demoPeople';
export { DEMO_UNITS, type DemoUnit } from './demoUnits';
export {
  DEMO_ACTIVITIES,
  DEMO_EVALUATION_KEY,
  DEMO_INQUIRY_KEY,
  DEMO_PROJECT_KEY,
  type DemoActivity,
  type DemoActivityUnit,
} from './demoActivities';

export const DEMO_SETTINGS: Settings = {
  orgName: '宜丰县人民代表大会常务委员会',
  letterPrefix: '宜人常函',
  noticePrefix: '宜人常发',
  fonts: { ...DEFAULT_FONTS },
  timerMinutes: { ...DEFAULT_TIMER_MINUTES },
  rectification: { ...DEFAULT_RECTIFICATION_SETTINGS },
};
