/** BullMQ queue names shared by producers (api) and workers (matcher). */
export const QueueName = {
  Matching: 'matching',
} as const;
export type QueueNameValue = (typeof QueueName)[keyof typeof QueueName];
