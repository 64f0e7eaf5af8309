import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { listDisplays, openAnswerer } from '../../../app/commands/console';
import { useCommand, type DisplayChoice, type DisplayList, type ScreenMode } from '../../../app/runtime';

/** 「显示器 2（1920×1080，大屏所在）」: the name, the size and what is on it already. */
export function displayText(display: DisplayChoice): string {
  const notes = [
    `${display.width}×${display.height}`,
    display.primary ? '主显示器' : null,
    display.hasConsole ? '控制台所在' : null,
    display.hasProjector ? '大屏所在' : null,
  ].filter((note): note is string => note !== null);
  return `${display.label}（${notes.join('，')}）`;
}

/**
 * 「答询人提示屏」: the screen facing the answer desk. With more than one display connected (Electron) the
 * secretary picks which, the suggested one preselected (neither the console's nor the projector's); with one
 * display, or in a browser that cannot tell, it opens at once. Like the projector it reads the stored log.
 */
export function AnswererButton({ activityId, mode }: { activityId: string; mode: ScreenMode }) {
  const { run } = useCommand();
  const [choosing, setChoosing] = useState<DisplayList | null>(null);

  const open = (displayId: number | null) =>
    run(openAnswerer, { activityId, displayId, mode }, { failTitle: '答询人提示屏未打开' });

  const click = async (event: React.MouseEvent<HTMLButtonElement>) => {
    // Give the keyboard back to the console: Enter or Space must not press this button again.
    event.currentTarget.blur();
    const listed = await run(listDisplays, undefined, { failTitle: '答询人提示屏未打开' });
    if (!listed.ok) return;
    if (listed.value.displays.length <= 1) await open(listed.value.suggestedId);
    else setChoosing(listed.value);
  };

  return (
    <>
      <Button variant="default" onClick={(event) => void click(event)}>
        答询人提示屏
      </Button>
      {choosing ? (
        <DisplayModal
          list={choosing}
          onOpen={async (displayId) => {
            if ((await open(displayId)).ok) setChoosing(null);
          }}
          onClose={() => setChoosing(null)}
        />
      ) : null}
    </>
  );
}

function DisplayModal({
  list,
  onOpen,
  onClose,
}: {
  list: DisplayList;
  onOpen: (displayId: number) => Promise<void>;
  onClose: () => void;
}) {
  const [chosen, setChosen] = useState(String(list.suggestedId ?? list.displays[0]?.id ?? ''));
  return (
    <Modal opened onClose={onClose} title="答询人提示屏放在哪个显示器">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) void onOpen(Number(chosen));
        }}
      >
        <Stack>
          <Radio.Group value={chosen} onChange={setChosen} aria-label="显示器">
            <Stack gap="xs">
              {list.displays.map((display) => (
                <Radio
                  key={display.id}
                  value={String(display.id)}
                  label={displayText(display) + (display.id === list.suggestedId ? ' · 推荐' : '')}
                  data-autofocus={display.id === Number(chosen) ? true : undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Text size="xs" c="dimmed">
            独占一个显示器时全屏显示；与控制台同屏时以窗口显示，可拖到需要的位置。
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit">打开</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
