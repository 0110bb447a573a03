import type { Text } from '../shared/i18n';
import type { LatLng } from './types';

/** Why the phone could not tell where it is; each has its own advice. */
export type GeoProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'insecure';

export class GeoError extends Error {
  constructor(readonly problem: GeoProblem) {
    super(`geolocation: ${problem}`);
  }
}

function problemOf(error: GeolocationPositionError): GeoProblem {
  if (error.code === error.PERMISSION_DENIED) return window.isSecureContext ? 'denied' : 'insecure';
  if (error.code === error.TIMEOUT) return 'timeout';
  return 'unavailable';
}

function available(): void {
  if (!window.isSecureContext) throw new GeoError('insecure');
  if (!('geolocation' in navigator)) throw new GeoError('unsupported');
}

const toLatLng = (p: GeolocationPosition): LatLng => ({
  // Six decimals is ~10 cm: more would be noise, less would blur check-in by location.
  lat: Math.round(p.coords.latitude * 1e6) / 1e6,
  lng: Math.round(p.coords.longitude * 1e6) / 1e6,
});

/** One fix; a recent cached one (≤ 30 s) is fine, a phone indoors can be slow. */
export function currentPosition(timeoutMs = 20_000): Promise<LatLng> {
  return new Promise((resolve, reject) => {
    try {
      available();
    } catch (error) {
      reject(error as Error);
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve(toLatLng(p)),
      (e) => reject(new GeoError(problemOf(e))),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30_000 },
    );
  });
}

/** Follows the phone as it moves; returns the function that stops following. */
export function watchPosition(
  onFix: (at: LatLng) => void,
  onError: (problem: GeoProblem) => void,
): () => void {
  try {
    available();
  } catch (error) {
    onError((error as GeoError).problem);
    return () => undefined;
  }
  const id = navigator.geolocation.watchPosition(
    (p) => onFix(toLatLng(p)),
    (e) => onError(problemOf(e)),
    { enableHighAccuracy: true, maximumAge: 30_000, timeout: 60_000 },
  );
  return () => navigator.geolocation.clearWatch(id);
}

/** Whether location was already granted, so the app may resume without a prompt. */
export async function locationGranted(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'geolocation' });
    return status.state === 'granted';
  } catch {
    return false;
  }
}

/** What went wrong and how to fix it, in plain words. */
export const GEO_ADVICE: Record<GeoProblem, Text> = {
  denied: {
    zh: '无法获取位置：您拒绝了定位权限。请在浏览器地址栏左侧的「锁」图标或手机「设置 → 隐私 → 定位服务」中允许本网站使用位置，然后再试一次。',
    en: 'Location is blocked: you refused the location permission. Allow this site to use your location (the lock icon beside the address bar, or Settings → Privacy → Location on your phone), then try again.',
  },
  unavailable: {
    zh: '暂时定位不到您的位置。请打开手机的定位（GPS）开关，到窗边或室外再试一次。',
    en: 'Your location cannot be found right now. Turn on location (GPS) on your phone, move near a window or outdoors, and try again.',
  },
  timeout: {
    zh: '定位超时。请确认手机定位已打开，稍后再试。',
    en: 'Finding your location took too long. Check that location is on and try again.',
  },
  unsupported: {
    zh: '此浏览器不支持定位。请换用系统自带浏览器或微信内打开。',
    en: 'This browser cannot share a location. Open the page in your phone’s own browser.',
  },
  insecure: {
    zh: '当前网页不是安全连接（https），浏览器不允许定位。请用 https 地址打开本网站。',
    en: 'This page is not on a secure (https) connection, so the browser will not share a location. Open the site’s https address.',
  },
};
