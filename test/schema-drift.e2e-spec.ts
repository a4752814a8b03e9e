import { createTestApp, TestApp } from './support/test-app';

/**
 * Entities and migrations describe the same schema: after every migration has run, TypeORM's schema
 * builder (what `synchronize` would do) proposes no change. A column, index, default or foreign key
 * added to one and not the other fails here, on either engine.
 */
describe('schema drift', () => {
  let t: TestApp;

  beforeAll(async () => {
    // From an empty database: every migration runs here (other suites start from a migrated template).
    t = await createTestApp({ DEMO: 'false' }, { emptyDatabase: true });
  });

  afterAll(async () => {
    await t.close();
  });

  it('after the migrations, the schema builder proposes no change to any entity', async () => {
    const log = await t.dataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });
});
