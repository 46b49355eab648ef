import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createWebhook,
  listWebhookDeliveries,
  listWebhooks,
  redeliverWebhook,
  removeWebhook,
  rotateWebhookSecret,
  updateWebhook,
} from '../../contract/endpoints/webhooks.js';
import type { CreateWebhookBody, UpdateWebhookBody } from '../../contract/webhooks.js';
import { call } from './client.js';

const webhooksKey = ['webhooks'] as const;

export function useWebhooks(page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...webhooksKey, 'list', page.limit, page.offset],
    queryFn: ({ signal }) => call(listWebhooks, { query: page, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useWebhookDeliveries(id: string, page: { limit: number; offset: number }) {
  return useQuery({
    queryKey: [...webhooksKey, 'deliveries', id, page.limit, page.offset],
    queryFn: ({ signal }) => call(listWebhookDeliveries, { params: { id }, query: page, signal }),
    placeholderData: keepPreviousData,
  });
}

function useWebhookMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export const useCreateWebhook = () =>
  useWebhookMutation((body: CreateWebhookBody) => call(createWebhook, { body }));

export const useUpdateWebhook = () =>
  useWebhookMutation(({ id, body }: { id: string; body: UpdateWebhookBody }) =>
    call(updateWebhook, { params: { id }, body }),
  );

export const useRemoveWebhook = () =>
  useWebhookMutation((id: string) => call(removeWebhook, { params: { id } }));

export const useRotateWebhookSecret = () =>
  useWebhookMutation((id: string) => call(rotateWebhookSecret, { params: { id } }));

export const useRedeliverWebhook = () =>
  useWebhookMutation(({ id, deliveryId }: { id: string; deliveryId: string }) =>
    call(redeliverWebhook, { params: { id, deliveryId } }),
  );
