export * from './presence.module';
export * from './presence.service';
export * from './presence-index';
export * from './presence.dto';
