import { ref, type Ref } from 'vue';
import { get } from './api';

/** One of Dalian's ten districts and counties, for pickers and "near me" defaults. */
export interface District {
  name: string;
  nameEn: string;
  centre: { lat: number; lng: number };
  /** A generous box round the district: the API refuses a location naming it outside. */
  box: Box;
}

/** A latitude/longitude box in degrees. */
export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface ClientConfig {
  /** Where the realtime gateway listens; null means this host on `realtimePort`. */
  realtimeUrl: string | null;
  realtimePort: number;
  /** The public address of the web app, for links and QR codes. */
  publicBaseUrl: string;
  /** How often a worker's phone sends presence while online. */
  heartbeatSeconds: number;
  /** The server's LATE_CANCEL_HOURS: cancelling closer to the start costs credit. */
  lateCancelHours: number;
  districts: District[];
  /** The server's SERVICE_AREA: locations outside are refused. */
  serviceArea: Box;
}

let loaded: Promise<ClientConfig> | undefined;

export function clientConfig(): Promise<ClientConfig> {
  loaded ??= get<ClientConfig>('/client-config').catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

export async function realtimeUrl(): Promise<string> {
  const config = await clientConfig();
  return config.realtimeUrl ?? `${location.protocol}//${location.hostname}:${config.realtimePort}`;
}

export async function loadDistricts(): Promise<District[]> {
  return (await clientConfig()).districts;
}

const lateCancel = ref(2);
let lateCancelAsked = false;

/** The server's LATE_CANCEL_HOURS for warnings (its default until the config arrives). */
export function useLateCancelHours(): Ref<number> {
  if (!lateCancelAsked) {
    lateCancelAsked = true;
    clientConfig().then(
      (config) => (lateCancel.value = config.lateCancelHours),
      () => (lateCancelAsked = false),
    );
  }
  return lateCancel;
}
