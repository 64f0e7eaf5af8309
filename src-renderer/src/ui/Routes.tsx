import { Route, Switch } from 'wouter';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { ActivityDetailPage } from '../features/activities/ActivityDetailPage';
import { ActivityEditPage } from '../features/activities/ActivityEditPage';
import { DirectoryPage } from '../features/directory/DirectoryPage';
import { HomePage } from '../features/home/HomePage';
import { ItemPage } from '../features/rectification/ItemPage';
import { RectificationPage } from '../features/rectification/RectificationPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { RoundFormPage } from '../features/votes/RoundFormPage';
import { RoundPage } from '../features/votes/RoundPage';
import { NotFoundPage } from './NotFoundPage';

export function Routes() {
  return (
    <Switch>
      <Route path="/" component={HomePage} />
      <Route path="/activities" component={ActivitiesPage} />
      <Route path="/activities/new">{() => <ActivityEditPage id={null} />}</Route>
      <Route path="/activities/:id/edit">{(params) => <ActivityEditPage id={params.id} />}</Route>
      <Route path="/activities/:id/votes/new">
        {(params) => <RoundFormPage activityId={params.id} roundId={null} />}
      </Route>
      <Route path="/activities/:id/votes/:roundId/setup">
        {(params) => <RoundFormPage activityId={params.id} roundId={params.roundId} />}
      </Route>
      <Route path="/activities/:id/votes/:roundId">
        {(params) => <RoundPage activityId={params.id} roundId={params.roundId} />}
      </Route>
      <Route path="/activities/:id">{(params) => <ActivityDetailPage id={params.id} />}</Route>
      <Route path="/activities/:id/:tab">
        {(params) => <ActivityDetailPage id={params.id} tab={params.tab} />}
      </Route>
      <Route path="/directory">{() => <DirectoryPage tab="people" />}</Route>
      <Route path="/directory/:tab">
        {(params) => <DirectoryPage tab={params.tab === 'units' ? 'units' : 'people'} />}
      </Route>
      <Route path="/rectification" component={RectificationPage} />
      <Route path="/rectification/:itemId">{(params) => <ItemPage itemId={params.itemId} />}</Route>
      <Route path="/settings" component={SettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
