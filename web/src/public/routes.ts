import type { RouteRecordRaw } from 'vue-router';

export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', component: () => import('./HomePage.vue') },
];
