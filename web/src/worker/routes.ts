import type { RouteRecordRaw } from 'vue-router';

export const workerRoutes: RouteRecordRaw[] = [
  {
    path: '/w/login',
    component: () => import('../shared/LoginPage.vue'),
    props: { role: 'worker', title: { zh: '零工登录', en: 'Worker sign-in' }, home: '/w' },
  },
  {
    path: '/w',
    component: () => import('./WorkerHome.vue'),
    meta: { role: 'worker', login: '/w/login' },
  },
];
