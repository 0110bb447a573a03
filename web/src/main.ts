import { createApp } from 'vue';
import Vant from 'vant';
import 'vant/lib/index.css';
import './shared/base.css';
import App from './App.vue';
import { router } from './router';

createApp(App).use(Vant).use(router).mount('#app');

// Installable and usable on a weak connection (PWA); not in development, where it would cache stale code.
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
