import { Injectable } from '@nestjs/common';
import { messages, parseIdentifier, Refusal } from '@zdm/common';
import { relative, sep } from 'node:path';
import { restorePoints } from '../domain/restore-points';
import { CatalogImage } from '../catalog-row';
import { ImageCatalogService } from '../image-catalog.service';
import { CatalogJobsPort } from '../retention/catalog-jobs.port';
import { JobImage, RetentionService } from '../retention/retention.service';
import { RepositoryFiles } from '../repository-files';
import { CatalogImageView, RemovedImageView } from './catalog-image.view';

/**
 * Protection and deletion of one catalog image (spec §13). `:image` is a file name or a catalog id;
 * two files of one name are ambiguous (409 naming their paths). Catalog images carry absolute paths
 * here; answers show them relative to the repository.
 */
@Injectable()
export class ImageProtectionService {
  constructor(
    private readonly catalog: ImageCatalogService,
    private readonly retention: RetentionService,
    private readonly jobs: CatalogJobsPort,
    private readonly files: RepositoryFiles,
  ) {}

  async setProtected(reference: string, value: boolean): Promise<CatalogImageView> {
    const image = await this.find(reference);
    await this.catalog.setProtected(image.path, value);
    return this.view({ ...image, protected: value });
  }

  /**
   * Removes the file and its catalog row; refuses a protected image, and an image another point's chain
   * needs (409 naming those points).
   */
  async remove(reference: string): Promise<RemovedImageView> {
    const image = await this.find(reference);
    if (image.protected) throw Refusal.conflict('IMAGE_PROTECTED', messages.images.imageProtected('image', image.name));
    const neededBy = restorePoints(await this.siblingsOf(image))
      .filter((point) => point.image.path !== image.path && point.chain.some((link) => link.path === image.path))
      .map((point) => point.image.name);
    if (neededBy.length) {
      throw Refusal.conflict('IMAGE_NEEDED', messages.images.imageNeeded('image', image.name, neededBy.reverse()));
    }
    await this.files.remove(image.path);
    await this.catalog.remove([image.path]);
    return { name: image.name, path: this.relativePath(image.path) };
  }

  private async find(reference: string): Promise<CatalogImage> {
    const parsed = parseIdentifier(reference, 'image');
    const found = await this.catalog.findImages(parsed.kind === 'id' ? { id: parsed.id } : { name: parsed.name });
    if (!found.length) throw Refusal.notFound(messages.images.imageNotFound('image', reference));
    if (found.length > 1) {
      throw Refusal.conflict(
        'IMAGE_AMBIGUOUS',
        messages.images.imageAmbiguous(
          'image',
          found.map((i) => this.relativePath(i.path)),
        ),
      );
    }
    return found[0];
  }

  /** The images of the image's job on its server, with provenance when the job exists (else all `found`). */
  private async siblingsOf(image: CatalogImage): Promise<JobImage[]> {
    const job = await this.jobs.job(image.jobName).catch((error: unknown) => {
      if (error instanceof Refusal && error.code === 'NOT_FOUND') return undefined;
      throw error;
    });
    const images = job
      ? await this.retention.imagesOf(job)
      : (await this.catalog.imagesOfJob(image.jobName)).map((i): JobImage => ({
          ...i,
          origin: { provenance: 'found' },
        }));
    return images.filter((i) => i.server === image.server);
  }

  private relativePath(path: string): string {
    return relative(this.catalog.repositoryPath, path).split(sep).join('/');
  }

  private view(image: CatalogImage): CatalogImageView {
    return {
      id: image.id,
      name: image.name,
      path: this.relativePath(image.path),
      server: image.server,
      time: image.time,
      type: image.type,
      provenance: image.runId === null ? 'found' : 'run',
      runId: image.runId,
      protected: image.protected,
      verification: { state: image.verification, at: image.verifiedAt?.toISOString() ?? null },
    };
  }
}
