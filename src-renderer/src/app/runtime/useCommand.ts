import { useCallback, useRef, useState } from 'react';
import { fieldErrorsOf, notifyError, notifySuccess } from '../../ui/notify';
import type { Command } from './services';
import { useServices } from './ServicesProvider';

export interface RunOptions {
  /** Shown in green when the command succeeds. */
  success?: string;
  /** The title of the red notification when it fails. */
  failTitle?: string;
  /** A form to show field errors beside its inputs (instead of a notification). */
  form?: { setErrors: (errors: Record<string, string>) => void };
  /** Renames field keys when the form names them differently. */
  fieldKey?: (key: string) => string;
  /** Let the caller handle the error (no notification); it is still returned. */
  quiet?: boolean;
}

export type RunResult<O> = { ok: true; value: O } | { ok: false; error: unknown };

/**
 * The one way screens run a use case: owns the busy state, turns a failure into a Chinese message (beside
 * the fields when a form is given, else a notification) and confirms a success. Nothing typed is lost: a
 * failed command leaves the form as it was. `tracksBusy: false` for a screen that never shows `busy` and runs
 * commands many times a second (the console's keys): no render of the screen before and after each.
 */
export function useCommand({ tracksBusy = true }: { tracksBusy?: boolean } = {}) {
  const services = useServices();
  const [busyCount, setBusyCount] = useState(0);
  const mounted = useRef(true);

  const run = useCallback(
    async <I, O>(command: Command<I, O>, input: I, options: RunOptions = {}): Promise<RunResult<O>> => {
      if (tracksBusy) setBusyCount((n) => n + 1);
      try {
        const value = await command(services, input);
        if (options.success) notifySuccess(options.success);
        return { ok: true, value };
      } catch (error) {
        const fields = options.form ? fieldErrorsOf(error) : null;
        if (fields && options.form) {
          const rename = options.fieldKey ?? ((key: string) => key);
          options.form.setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [rename(k), v])));
        } else if (!options.quiet) notifyError(error, options.failTitle);
        return { ok: false, error };
      } finally {
        if (tracksBusy && mounted.current) setBusyCount((n) => n - 1);
      }
    },
    [services, tracksBusy],
  );

  return { run, busy: busyCount > 0 };
}
