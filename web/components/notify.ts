import { notifications } from '@mantine/notifications';
import { errorMessage } from '../api/client.js';

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}

export function notifyFailure(title: string, error: unknown): void {
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });
}
