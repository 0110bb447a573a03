import type { RouteRecordRaw } from 'vue-router';

/** The public pages: no login. */
export const publicRoutes: RouteRecordRaw[] = [
  { path: '/', component: () => import('./HomePage.vue') },
  { path: '/markets/:id', component: () => import('./MarketPage.vue'), props: true },
  { path: '/shifts', component: () => import('./ShiftsNearPage.vue') },
  { path: '/policy', component: () => import('./PolicyHelperPage.vue') },
];
