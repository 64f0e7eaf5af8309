import { Route, Switch } from 'wouter';
import { NotFoundPage } from '../../ui/NotFoundPage';
import {
  ActivitiesPage,
  ActivityDetailPage,
  ActivityEditPage,
  DirectoryPage,
  HomePage,
  ItemPage,
  RectificationPage,
  RegisterPage,
  RoundFormPage,
  RoundPage,
  SettingsPage,
} from './pages';

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
      <Route path="/rectification/register" component={RegisterPage} />
      <Route path="/rectification/:itemId">{(params) => <ItemPage itemId={params.itemId} />}</Route>
      <Route path="/settings" component={SettingsPage} />
      <Route component={NotFoundPage} />
    </Switch>
  );
}
