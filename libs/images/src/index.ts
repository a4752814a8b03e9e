export * from './header-cli.health';
export * from './images.module';
