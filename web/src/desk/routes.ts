import type { RouteRecordRaw } from 'vue-router';

export const deskRoutes: RouteRecordRaw[] = [
  {
    path: '/desk/login',
    component: () => import('../shared/LoginPage.vue'),
    props: {
      role: 'operator',
      title: { zh: '服务窗口登录', en: 'Operator desk sign-in' },
      home: '/desk',
    },
  },
  {
    path: '/desk',
    component: () => import('./DeskHome.vue'),
    meta: { role: 'operator', login: '/desk/login' },
  },
];
