import { Grid, Group, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { saveIssueDraft } from '../../app/commands/rectificationFiles';
import type { DraftDocument } from '../../app/commands/rectificationIssue';
import type { DocumentTexts } from '../../domain/rectification/documentTexts';
import { noticeContent } from '../../domain/rectification/issuedContent';
import { DraftPreview } from './DraftPreview';
import { SaveButton } from './SaveButton';

/** One unit's 样稿: the two texts to edit, the document as it will read, and 保存样稿. */
function UnitDraft({
  draft,
  texts,
  onChange,
}: {
  draft: DraftDocument;
  texts: DocumentTexts;
  onChange: (texts: DocumentTexts) => void;
}) {
  const content = noticeContent({ ...draft.input, texts });
  const requirementsLabel = draft.input.kind === 'letter' ? '审议意见' : '整改要求';
  return (
    <Grid gap="md">
      <Grid.Col span={5}>
        <Stack gap="sm">
          <Textarea
            label="存在的问题"
            description="每段一行；可以删改，例如去掉口语化的提问"
            autosize
            minRows={5}
            maxRows={14}
            value={texts.problems}
            onChange={(e) => onChange({ ...texts, problems: e.currentTarget.value })}
          />
          <Textarea
            label={requirementsLabel}
            description="每段一行"
            autosize
            minRows={3}
            maxRows={10}
            value={texts.requirements}
            onChange={(e) => onChange({ ...texts, requirements: e.currentTarget.value })}
          />
          <Group>
            <SaveButton
              size="compact-sm"
              variant="default"
              command={saveIssueDraft}
              input={{ draft, texts }}
              failTitle="未能保存样稿"
            >
              保存样稿（Word）
            </SaveButton>
            <Text size="xs" c="dimmed">
              样稿不编号，每页印“样稿”字样，不占用文号
            </Text>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={7} mah={520} style={{ overflowY: 'auto' }}>
        <DraftPreview content={content} label={`样稿：${draft.unitName}`} />
      </Grid.Col>
    </Grid>
  );
}

/**
 * The 样稿 of every document before numbers are taken, one tab per unit: the problems and requirements are
 * edited here, and what is shown is what 印发 will number and print.
 */
export function DraftStep({
  drafts,
  texts,
  onChange,
}: {
  drafts: DraftDocument[];
  texts: Record<string, DocumentTexts>;
  onChange: (unitId: string, texts: DocumentTexts) => void;
}) {
  const unit = (draft: DraftDocument) => (
    <UnitDraft
      draft={draft}
      texts={texts[draft.unitId] ?? draft.texts}
      onChange={(next) => onChange(draft.unitId, next)}
    />
  );
  const [first] = drafts;
  if (drafts.length === 1 && first) return unit(first);
  return (
    <Tabs defaultValue={first?.unitId ?? null} keepMounted={false}>
      <Tabs.List>
        {drafts.map((draft) => (
          <Tabs.Tab key={draft.unitId} value={draft.unitId}>
            {draft.unitName}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {drafts.map((draft) => (
        <Tabs.Panel key={draft.unitId} value={draft.unitId} pt="sm">
          {unit(draft)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
