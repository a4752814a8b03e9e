import { Refusal, refusalStatus } from '@zdm/common';
import { selectPartitions } from './partition-targets';

const main = { name: 'main-server', letters: ['/', '/data', '/var'] };
const backup = { name: 'backup-server', letters: ['/', '/data'] };

function failure(run: () => unknown): { status: number; ko: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return { status: refusalStatus(error), ko: error.text.ko };
    throw error;
  }
  throw new Error('expected a failure');
}

describe('selectPartitions', () => {
  it('takes the listed partitions in order', () => {
    expect(selectPartitions({ partitions: ['/var', '/'], server: main, excluded: [], individual: [] })).toEqual([
      { partition: '/var', field: 'partition[0]' },
      { partition: '/', field: 'partition[1]' },
    ]);
  });

  it('takes every partition of the server for []', () => {
    expect(
      selectPartitions({ partitions: [], server: main, excluded: [], individual: [] }).map((t) => t.partition),
    ).toEqual(['/', '/data', '/var']);
  });

  it('drops excluded partitions', () => {
    expect(
      selectPartitions({ partitions: [], server: main, excluded: ['/var'], individual: [] }).map((t) => t.partition),
    ).toEqual(['/', '/data']);
  });

  it('applies individual entries, which may move a partition to another server or add one', () => {
    const targets = selectPartitions({
      partitions: ['/', '/data'],
      server: main,
      excluded: [],
      individual: [
        { partition: '/data', server: backup },
        { partition: '/var', server: main },
      ],
    });
    expect(targets).toEqual([
      { partition: '/', field: 'partition[0]' },
      { partition: '/data', individualIndex: 0, field: 'individual[0].partition' },
      { partition: '/var', individualIndex: 1, field: 'individual[1].partition' },
    ]);
  });

  it.each([
    [
      { partitions: ['/', '/nope'], server: main, excluded: [], individual: [] },
      "partition[1]: 서버 'main-server'에 파티션 '/nope'이(가) 없습니다.",
    ],
    [
      { partitions: ['/', '/'], server: main, excluded: [], individual: [] },
      "partition[1]: 파티션 '/'이(가) 중복되었습니다.",
    ],
    [
      { partitions: [], server: main, excluded: ['/x'], individual: [] },
      "excludePartition: 서버 'main-server'에 파티션 '/x'이(가) 없습니다.",
    ],
    [
      { partitions: ['/'], server: main, excluded: [], individual: [{ partition: '/var', server: backup }] },
      "individual[0].partition: 서버 'backup-server'에 파티션 '/var'이(가) 없습니다.",
    ],
    [
      {
        partitions: ['/'],
        server: main,
        excluded: [],
        individual: [
          { partition: '/', server: main },
          { partition: '/', server: main },
        ],
      },
      "individual[1].partition: 파티션 '/'이(가) 중복되었습니다.",
    ],
    [
      { partitions: [], server: main, excluded: ['/', '/data', '/var'], individual: [] },
      'partition: 등록할 파티션이 없습니다.',
    ],
  ])('rejects %j', (selection, ko) => {
    expect(failure(() => selectPartitions(selection))).toEqual({ status: 400, ko });
  });
});
