import { useState } from 'react';
import { fieldErrorsOf, notifyError } from './notify';

interface FormWithErrors {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Runs a save for a form: a ValidationError's messages go beside the fields (keys renamed by `fieldKey`
 * when the form names them differently), any other error becomes a notification. Nothing typed is lost.
 */
export function useFormSave() {
  const [saving, setSaving] = useState(false);
  const save = async (
    form: FormWithErrors,
    run: () => Promise<void>,
    failTitle?: string,
    fieldKey: (key: string) => string = (key) => key,
  ): Promise<boolean> => {
    setSaving(true);
    try {
      await run();
      return true;
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields)
        form.setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [fieldKey(k), v])));
      else notifyError(error, failTitle);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { saving, save };
}
