import {
  Alert,
  Box,
  Button,
  Group,
  Loader,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { saveSettings } from '../../app/commands/settings';
import { useSettings } from '../../app/queries';
import { useCommand, useToday } from '../../app/runtime';
import {
  DEFAULT_RECTIFICATION_SETTINGS,
  RECTIFICATION_SETTING_LIMITS,
} from '../../domain/rectification/dueDates';
import { formatDocumentNumber, validateDocumentPrefix } from '../../domain/settings/documentNumber';
import {
  DEFAULT_FONTS,
  DEFAULT_TIMER_MINUTES,
  FONT_LABELS,
  RECTIFICATION_SETTING_LABELS,
  type DocumentFonts,
  type RectificationSettings,
  type Settings,
} from '../../domain/settings/settings';
import { yearOf } from '../../domain/time';
import { PageHeader } from '../../ui/PageHeader';
import { TimerLengthFields } from '../../ui/TimerLengthFields';
import { AppInfoLine } from './AppInfoLine';
import { AutoBackupPanel } from './AutoBackupPanel';
import { AuditLogPanel } from './AuditLogPanel';
import { BackupPanel } from './BackupPanel';
import { ExportReminder } from './ExportReminder';

function prefixExample(prefix: string, year: number): string {
  return validateDocumentPrefix(prefix) === null ? `示例：${formatDocumentNumber(prefix, year, 1)}` : '';
}

function SettingsForm({ initial }: { initial: Settings }) {
  const form = useForm<Settings>({ initialValues: initial });
  const { run, busy } = useCommand();
  const year = yearOf(useToday());

  const submit = async (values: Settings) => {
    const result = await run(saveSettings, values, { form, success: '设置已保存', failTitle: '设置未保存' });
    if (!result.ok) return;
    form.setValues(result.value);
    form.resetDirty(result.value);
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Title order={4} mb="sm">
            发文机关与发文字号
          </Title>
          <Stack>
            <TextInput
              label="发文机关标志"
              description="印在通知、通报和交办函顶部的机关名称"
              placeholder="宜丰县人民代表大会常务委员会"
              withAsterisk
              {...form.getInputProps('orgName')}
            />
            <SimpleGrid cols={2}>
              <TextInput
                label="函的发文字号前缀"
                placeholder="宜人常函"
                withAsterisk
                description={prefixExample(form.values.letterPrefix, year) || '例如：宜人常函'}
                {...form.getInputProps('letterPrefix')}
              />
              <TextInput
                label="通知的发文字号前缀"
                placeholder="宜人常发"
                withAsterisk
                description={prefixExample(form.values.noticePrefix, year) || '例如：宜人常发'}
                {...form.getInputProps('noticePrefix')}
              />
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder p="lg">
          <Group justify="space-between" mb="sm">
            <Title order={4}>公文字体</Title>
            <Button variant="subtle" size="xs" onClick={() => form.setFieldValue('fonts', DEFAULT_FONTS)}>
              恢复默认字体
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            生成的 Word 文件写入这些字体名称，由打开文件的电脑提供字体。有的单位用“仿宋”代替“仿宋_GB2312”。
          </Text>
          <SimpleGrid cols={3}>
            {(Object.keys(FONT_LABELS) as (keyof DocumentFonts)[]).map((key) => (
              <TextInput
                key={key}
                label={FONT_LABELS[key]}
                withAsterisk
                {...form.getInputProps(`fonts.${key}`)}
              />
            ))}
          </SimpleGrid>
        </Paper>

        <Paper withBorder p="lg">
          <Group justify="space-between" mb="sm">
            <Title order={4}>计时默认时长</Title>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => form.setFieldValue('timerMinutes', DEFAULT_TIMER_MINUTES)}
            >
              恢复默认时长
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            新建活动时带入这些时长，每个活动和每个问题还可以再改。填分钟数（如 3）或 分:秒（如 1:30）；0
            表示不限时，计时从零往上数，不提醒也不算超时。
          </Text>
          <TimerLengthFields
            values={form.values.timerMinutes}
            errors={(key) => form.errors[`timerMinutes.${key}`]}
            onChange={(key, v) => form.setFieldValue(`timerMinutes.${key}`, v)}
          />
        </Paper>

        <Paper withBorder p="lg">
          <Group justify="space-between" mb="sm">
            <Title order={4}>整改期限</Title>
            <Button
              variant="subtle"
              size="xs"
              onClick={() => form.setFieldValue('rectification', DEFAULT_RECTIFICATION_SETTINGS)}
            >
              恢复默认
            </Button>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            交办时按这些期限计算整改方案和整改报告的期限（交办时还可以逐项修改），测评不满意时按整改报告期限重新计算；
            期限前这么多天起在首页和台账中提醒。已交办事项的期限不随之改变。
          </Text>
          <SimpleGrid cols={3}>
            {(Object.keys(RECTIFICATION_SETTING_LABELS) as (keyof RectificationSettings)[]).map((key) => (
              <NumberInput
                key={key}
                label={RECTIFICATION_SETTING_LABELS[key]}
                min={RECTIFICATION_SETTING_LIMITS[key][0]}
                max={RECTIFICATION_SETTING_LIMITS[key][1]}
                allowDecimal={false}
                {...form.getInputProps(`rectification.${key}`)}
              />
            ))}
          </SimpleGrid>
        </Paper>

        <Group>
          <Button type="submit" loading={busy}>
            保存设置
          </Button>
          <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
            放弃修改
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SettingsPage() {
  const settings = useSettings();
  return (
    <>
      <PageHeader title="设置" description="机关名称、发文字号、公文字体、计时默认值和整改期限" />
      {settings ? (
        <>
          {settings.orgName === '' ? (
            <Alert color="yellow" mb="md" title="请先填写发文机关">
              导出通知、通报前需要填写发文机关标志和发文字号前缀。
            </Alert>
          ) : null}
          <ExportReminder button={false} />
          {/* useForm reads `initial` once, so live updates never overwrite what the user is typing. */}
          <SettingsForm initial={settings} />
          <BackupPanel />
          <AutoBackupPanel />
          <AuditLogPanel />
          <Box mt="md">
            <AppInfoLine />
          </Box>
        </>
      ) : (
        <Loader />
      )}
    </>
  );
}
