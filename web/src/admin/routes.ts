import type { RouteRecordRaw } from 'vue-router';

const meta = { role: 'admin', login: '/admin/login' };

/** The city admin's console (人社局): a shell with the nav, one page per task inside it. */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/login',
    component: () => import('../shared/LoginPage.vue'),
    props: { role: 'admin', title: { zh: '管理后台登录', en: 'Admin sign-in' }, home: '/admin' },
  },
  {
    path: '/admin',
    component: () => import('./AdminShell.vue'),
    meta,
    children: [
      { path: '', redirect: '/admin/registrations' },
      { path: 'registrations', component: () => import('./RegistrationsPage.vue'), meta },
      { path: 'calendar', component: () => import('./CalendarPage.vue'), meta },
      { path: 'credit', component: () => import('./CreditPage.vue'), meta },
      { path: 'complaints', component: () => import('./ComplaintsPage.vue'), meta },
      { path: 'statistics', component: () => import('./StatisticsPage.vue'), meta },
    ],
  },
];
