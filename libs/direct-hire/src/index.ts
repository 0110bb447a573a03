export * from './direct-hire.module';
export * from './invites/invites.service';
