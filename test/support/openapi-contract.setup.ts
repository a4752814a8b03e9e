import { takeViolations } from './openapi-contract';

// Runs after every e2e test: an answer that disagrees with openapi.json fails the test that caused it.
afterEach(() => {
  const violations = takeViolations();
  if (violations.length > 0) {
    throw new Error(`Answers that do not match openapi.json:\n  - ${violations.join('\n  - ')}`);
  }
});
