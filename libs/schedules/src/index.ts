export * from './schedules.module';
