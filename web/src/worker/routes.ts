import type { RouteRecordRaw } from 'vue-router';

/** Signed-in worker screens: the login page is where a signed-out visitor is sent. */
const worker = { role: 'worker', login: '/w/login' } as const;

export const workerRoutes: RouteRecordRaw[] = [
  {
    path: '/w/login',
    component: () => import('../shared/LoginPage.vue'),
    props: { role: 'worker', title: { zh: '零工登录', en: 'Worker sign-in' }, home: '/w' },
  },
  {
    // What the hall board's QR code opens: anyone may look, grabbing asks to sign in.
    path: '/w/shifts/:shiftId',
    component: () => import('./ShiftPage.vue'),
    props: true,
  },
  {
    path: '/w',
    component: () => import('./WorkerShell.vue'),
    meta: worker,
    children: [
      {
        path: '',
        component: () => import('./WorkerHome.vue'),
        meta: { ...worker, title: { zh: '零工快招', en: 'Linggong' } },
      },
      {
        path: 'mine',
        component: () => import('./MyShiftsPage.vue'),
        meta: { ...worker, title: { zh: '我的工作', en: 'My shifts' } },
      },
      {
        path: 'assignments/:id',
        component: () => import('./AssignmentPage.vue'),
        props: true,
        meta: { ...worker, title: { zh: '工作详情', en: 'Shift details' }, back: '/w/mine' },
      },
      {
        // The employer's check-in QR points here with ?shift=&code=.
        path: 'check-in',
        component: () => import('./CheckInLink.vue'),
        meta: { ...worker, title: { zh: '签到', en: 'Check in' }, back: '/w/mine' },
      },
      {
        path: 'history',
        component: () => import('./HistoryPage.vue'),
        meta: { ...worker, title: { zh: '收入', en: 'Income' } },
      },
      {
        path: 'profile',
        component: () => import('./ProfilePage.vue'),
        meta: { ...worker, title: { zh: '我的资料', en: 'My profile' } },
      },
    ],
  },
];
