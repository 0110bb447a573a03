import type { RouteRecordRaw } from 'vue-router';

export const boardRoutes: RouteRecordRaw[] = [
  { path: '/board/:marketId', component: () => import('./BoardPage.vue'), props: true },
];
