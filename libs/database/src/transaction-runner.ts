import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * One database transaction, handed to repository methods (their optional `tx` argument) so that
 * writes of several repositories commit or roll back together. Services orchestrate with this
 * instead of holding the DataSource; what they pass along is opaque to them.
 */
export type Transaction = EntityManager;

@Injectable()
export class TransactionRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Run `work` in a transaction: committed when it resolves, rolled back when it throws. */
  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
