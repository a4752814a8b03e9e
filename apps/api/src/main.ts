import 'reflect-metadata';
import { AppConfig, InvalidConfigurationError, loadAppConfig } from '@zdm/common';

async function bootstrap(): Promise<void> {
  // Validate first so a wrong setting stops the app with a clear message, before anything starts.
  // This instance is the app's only one (AppModule gets it): one JWT secret when none is set.
  let config: AppConfig;
  try {
    config = loadAppConfig();
  } catch (error) {
    if (error instanceof InvalidConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // The app's code is loaded only once the settings hold: a wrong setting stops the process in about
  // half the time it took when the whole app was loaded first, only to exit.
  const { serve } = await import('./serve');
  await serve(config);
}

void bootstrap();
