import { notifications } from '@mantine/notifications';
import { DomainError } from '../domain/errors';

/** A Chinese message for any failure; our own errors already carry one. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  if (error instanceof Error) return `操作失败：${error.message}`;
  return '操作失败，请重试';
}

export function notifyError(error: unknown, title = '未能完成'): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, autoClose: 3000 });
}

/** Field errors to show beside the inputs, or null when the error is not about fields. */
export function fieldErrorsOf(error: unknown): Record<string, string> | null {
  if (!(error instanceof DomainError) || !error.fieldErrors) return null;
  return Object.fromEntries(Object.entries(error.fieldErrors).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
}
