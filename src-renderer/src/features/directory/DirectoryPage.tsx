import { Tabs } from '@mantine/core';
import { useLocation } from 'wouter';
import { PageHeader } from '../../ui/PageHeader';
import { PeopleTab } from './PeopleTab';
import { UnitsTab } from './UnitsTab';

export function DirectoryPage({ tab }: { tab: 'people' | 'units' }) {
  const [, navigate] = useLocation();
  return (
    <>
      <PageHeader title="名册" description="人员和单位。已用于活动的记录不能删除，只能归档。" />
      <Tabs value={tab} onChange={(value) => navigate(`/directory/${value ?? 'people'}`)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="people">人员</Tabs.Tab>
          <Tabs.Tab value="units">单位</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people">
          <PeopleTab />
        </Tabs.Panel>
        <Tabs.Panel value="units">
          <UnitsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
