// Services over the rectification test database (four units, an evaluation of them, the settings filled), with
// the fake clock at that setup's NOW, for the tests of the rectification commands.
import { NOW, setup, type Setup } from '../../db/testing/rectificationSetup';
import { testServices, type TestServices } from './services';

export async function rectificationServices(
  options: { settings?: boolean } = {},
): Promise<{ services: TestServices; s: Setup }> {
  const s = await setup(options);
  return { services: { ...testServices(NOW.getTime()), db: s.db }, s };
}
