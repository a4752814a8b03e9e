// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/api/auth/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange email and password for a token */
        post: operations["issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API keys with their role, last use and expiry */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key (the key shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key, at once */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zdms/repositories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List backup repositories */
        get: operations["listRepositories"];
        put?: never;
        /** Register a backup repository of a center */
        post: operations["createRepository"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zdms/{identifier}/repositories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A center's backup repositories */
        get: operations["listCenterRepositories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zdms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ZDM centers */
        get: operations["listCenters"];
        put?: never;
        /** Register a ZDM center */
        post: operations["createCenter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zdms/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One ZDM center by id or name */
        get: operations["getCenter"];
        put?: never;
        post?: never;
        /** Remove a ZDM center (by id or name) */
        delete: operations["deleteCenter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List servers with their partitions */
        get: operations["listServers"];
        put?: never;
        /** Register a server with its partitions */
        post: operations["createServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One server by id or name */
        get: operations["getServer"];
        put?: never;
        post?: never;
        /** Remove a server (by id or name) */
        delete: operations["deleteServer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/servers/{identifier}/partitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A server's partitions */
        get: operations["listServerPartitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["listUsers"];
        put?: never;
        /** Register a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user by id or email */
        get: operations["getUser"];
        /** Change a user's password, role, name or disabled flag */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List schedules */
        get: operations["listSchedules"];
        put?: never;
        /** Register a schedule */
        post: operations["createSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Describe an unsaved schedule and list its next runs */
        post: operations["previewSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One schedule by id */
        get: operations["getSchedule"];
        put?: never;
        post?: never;
        /** Remove a schedule (409 while a job uses it) */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schedules/{id}/next-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A schedule's next run times */
        get: operations["listScheduleNextRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List backup jobs */
        get: operations["listBackupJobs"];
        put?: never;
        /** Register backup jobs, one per partition */
        post: operations["registerBackupJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One backup job by id or name */
        get: operations["getBackupJob"];
        /** Change a backup job (by id or name) */
        put: operations["updateBackupJob"];
        post?: never;
        /** Remove a backup job with its schedule */
        delete: operations["deleteBackupJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/images/server/{serverName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A server's backup images */
        get: operations["listServerImages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/images/server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Without a server name: 400 (seed) */
        get: operations["listServerImagesWithoutName"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/{identifier}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which images retention keeps and removes, with reasons */
        get: operations["previewBackupRetention"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/{identifier}/restore-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A backup job's restore points, newest first */
        get: operations["listRestorePoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/images/{image}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Protect an image, or lift its protection */
        put: operations["protectImage"];
        post?: never;
        /** Delete an image file */
        delete: operations["deleteImage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log: every write, newest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notification channels */
        get: operations["listNotificationChannels"];
        put?: never;
        /** Add a notification channel */
        post: operations["createNotificationChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a notification channel */
        delete: operations["deleteNotificationChannel"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test event to a channel */
        post: operations["testNotificationChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notification deliveries, newest first */
        get: operations["listNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/{identifier}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A backup job's runs, newest first */
        get: operations["listBackupRuns"];
        put?: never;
        /** Run a backup job now */
        post: operations["runBackupJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/{identifier}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a backup job's restore point */
        post: operations["verifyBackupJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/backups/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every backup job with its latest run and health */
        get: operations["getBackupMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One backup run */
        get: operations["getBackupRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a backup run */
        post: operations["cancelBackupRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs/{id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of a backup run's log lines */
        get: operations["getBackupRunLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recovery jobs with their latest run */
        get: operations["listRecoveries"];
        put?: never;
        /** Restore a restore point onto a server */
        post: operations["registerRecoveries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recoveries/{identifier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One recovery job with its latest run */
        get: operations["getRecovery"];
        put?: never;
        post?: never;
        /** Delete a recovery job */
        delete: operations["deleteRecovery"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/recoveries/{identifier}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A recovery job's restore runs, newest first */
        get: operations["listRecoveryRuns"];
        put?: never;
        /** Run a recovery job again */
        post: operations["retryRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered agents with their online/offline status */
        get: operations["listAgents"];
        put?: never;
        /** Register an agent for a server (its token shown once) */
        post: operations["registerAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One agent */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /** Revoke an agent and its token, at once */
        delete: operations["revokeAgent"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agent: I am alive (with my version) */
        post: operations["sendAgentHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/runs/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agent: long poll for a run of its server */
        post: operations["claimAgentRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/runs/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agent: progress of a run (renews the lease) */
        post: operations["reportAgentRunProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/runs/{id}/log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agent: lines for a run's log */
        post: operations["writeAgentRunLog"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agent/runs/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agent: end a run (idempotent) */
        post: operations["completeAgentRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the database and the header CLI */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process serves */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text, not the JSON envelope) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Stable machine code (`ErrorCode`): switch on it, not on the message.
         * @enum {string}
         */
        ErrorCode: "VALIDATION_ERROR" | "IMAGE_OF_ANOTHER_SERVER" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID_CREDENTIALS" | "CONFLICT" | "JOB_NAME_ALREADY_EXISTS" | "JOB_ALREADY_RUNNING" | "NOTHING_TO_VERIFY" | "IMAGE_NOT_IN_CHAIN" | "NO_RESTORE_POINT" | "RECOVERY_IN_PROGRESS" | "RECOVERY_NAME_TAKEN" | "JOB_NOT_RUNNING" | "SCHEDULE_IN_USE" | "LAST_ADMIN" | "IMAGE_PROTECTED" | "IMAGE_NEEDED" | "IMAGE_AMBIGUOUS" | "RUN_ALREADY_DONE" | "RUN_NOT_CLAIMED" | "RUN_NOT_QUEUED" | "RUN_NOT_ACTIVE" | "RUN_NOT_OWNED" | "AGENT_RUN_LIMIT" | "PAYLOAD_TOO_LARGE" | "URI_TOO_LONG" | "UNSUPPORTED_MEDIA_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "REQUEST_FAILED" | "INTERNAL_SERVER_ERROR" | "DATABASE_UNAVAILABLE" | "REPOSITORY_UNAVAILABLE";
        ErrorEnvelope: {
            /**
             * @example false
             * @enum {boolean}
             */
            success: false;
            /**
             * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
             * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
             */
            requestID: string;
            /**
             * @description What went wrong, naming the field and the rule broken.
             * @example type은 full, increment, smart중 하나여야 합니다
             */
            error: string;
            /**
             * @description Stable machine code (`ErrorCode`): switch on it, not on the message.
             * @example VALIDATION_ERROR
             */
            code?: components["schemas"]["ErrorCode"];
            /** @description Further detail (e.g. every failed field as `{ field, message }`). */
            detail?: unknown[] | Record<string, never> | string | number;
            /** @example 2026-01-09 19:30:00 */
            timestamp: string;
        };
        IssuedToken: {
            /**
             * Format: date-time
             * @description When the token stops working (ISO-8601).
             * @example 2026-01-09T11:30:00.000Z
             */
            expiresAt: string;
            /** @description JWT to send as `Authorization: Bearer <token>`. */
            token: string;
        };
        PaginationMeta: {
            /** @example 1 */
            currentPage: number;
            /** @example 1 */
            totalPages: number;
            /** @example 2 */
            totalItems: number;
            /** @example 20 */
            itemsPerPage: number;
            /** @example false */
            hasNextPage: boolean;
            /** @example false */
            hasPreviousPage: boolean;
        };
        IssueTokenDto: {
            /**
             * Format: email
             * @description Registered email.
             * @example admin@zdm.local
             */
            email: string;
            /**
             * @description Password (the demo's: `zdm-demo-admin`).
             * @example zdm-demo-admin
             */
            password: string;
        };
        CreatedApiKeyView: {
            /** @example 1 */
            id: number;
            /** @example prometheus */
            name: string;
            /**
             * @example viewer
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
            /**
             * Format: date-time
             * @description When it stops working (ISO-8601 UTC); null: never.
             * @example null
             */
            expiresAt: string | null;
            /**
             * @description Send as `Authorization: Bearer <key>`. Stored only as a hash: keep it, it is not shown again.
             * @example zdmk_3q2Xc0G2YJ8r8pZ1mM0bVt5m1Yl3V2dX4nQ7aK9sPzA
             */
            key: string;
        };
        CreateApiKeyDto: {
            /**
             * @description What the key is for (`prometheus`, `billing-sync`); 1–100 characters. Names need not be unique (rotate a key by creating its successor first).
             * @example prometheus
             */
            name: string;
            /**
             * @description What the key may do, as a user of that role may: `viewer` reads (and scrapes `/api/metrics`), `operator` also manages jobs, schedules and runs, `admin` everything.
             * @example viewer
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
            /**
             * Format: date-time
             * @description When the key stops working (ISO-8601 with offset, in the future); omitted: never.
             * @example 2027-01-01T00:00:00Z
             */
            expiresAt?: string;
        };
        ApiKeyView: {
            /** @example 1 */
            id: number;
            /** @example prometheus */
            name: string;
            /**
             * @example viewer
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
            /**
             * Format: date-time
             * @description When it was created (ISO-8601 UTC).
             * @example 2026-01-10T03:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Its last use (ISO-8601 UTC), recorded at most once a minute; null when never used.
             * @example 2026-01-10T03:15:00.000Z
             */
            lastUsedAt: string | null;
            /**
             * Format: date-time
             * @description When it stops working (ISO-8601 UTC); null: never.
             * @example null
             */
            expiresAt: string | null;
        };
        CenterEntity: {
            id: number;
            name: string;
            description: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        RepositoryEntity: {
            id: number;
            centerId: number;
            center?: components["schemas"]["CenterEntity"];
            /** @enum {string} */
            type: "smb" | "nfs";
            path: string;
            /** Format: date-time */
            createdAt: string;
        };
        CreateRepositoryDto: {
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            center: number | string;
            /**
             * @description Repository type.
             * @enum {string}
             */
            type: "smb" | "nfs";
            /** @description Share or export path (`//10.0.0.5/backup`, `/backup`). */
            path: string;
        };
        CreateCenterDto: {
            /** @description Center name (unique; not digits only, no surrounding spaces, no control characters). */
            name: string;
            /** @description Free text. */
            description?: string;
        };
        PartitionView: {
            /**
             * @description Size in bytes.
             * @example 2328637440
             */
            size: number | null;
            /** @description Mount point (`/`, `/boot/efi`) or Windows drive (`C:`). */
            letter: string;
            /** @description Block device (`/dev/sda1`). */
            device: string | null;
            /** @description File system (`xfs`, `NTFS`). */
            filesystem: string | null;
        };
        ServerView: {
            /** @example 1 */
            id: number;
            /** @example 1 */
            centerId: number;
            /** @enum {string} */
            os: "win" | "lin";
            /** @description Server name with its IP: `source-centos7-bios (192.168.2.104)`. */
            name: string;
            /** @description OS release text. */
            osVersion: string | null;
            partitions: components["schemas"]["PartitionView"][];
        };
        PartitionDto: {
            /**
             * @description Size in bytes (an integer up to 2^53 − 1).
             * @example 2328637440
             */
            size?: number;
            /** @description Mount point (`/`, `/boot/efi`) or Windows drive (`C:`). */
            letter: string;
            /** @description Block device (`/dev/sda1`). */
            device?: string;
            /** @description File system (`xfs`, `NTFS`). */
            filesystem?: string;
        };
        CreateServerDto: {
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            center: number | string;
            /** @description Server name as ZDM shows it, with its IP: `source-centos7-bios (192.168.2.104)` (not digits only). */
            name: string;
            /**
             * @description Operating system family.
             * @enum {string}
             */
            os: "win" | "lin";
            /** @description OS release text. */
            osVersion?: string;
            /** @description Partitions of the server. */
            partitions?: components["schemas"]["PartitionDto"][];
        };
        UserView: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            role: "viewer" | "operator" | "admin";
            email: string;
            userName: string;
            disabled: boolean;
        };
        CreateUserDto: {
            /**
             * Format: email
             * @description Login email (unique).
             */
            email: string;
            /** @description Display name. */
            userName: string;
            /** @description Password (8–128 characters); stored only as a salted scrypt hash. */
            password: string;
            /**
             * @description What the user may do: `viewer` reads, `operator` also manages jobs, schedules and runs, `admin` everything.
             * @default viewer
             * @enum {string}
             */
            role: "viewer" | "operator" | "admin";
        };
        UpdateUserDto: {
            /** @description Display name (admins). */
            userName?: string;
            /** @description New password (8–128 characters). */
            password?: string;
            /** @description The user's current password: required when users change their own password and are not admins. */
            currentPassword?: string;
            /**
             * @description New role (admins).
             * @enum {string}
             */
            role?: "viewer" | "operator" | "admin";
            /** @description `true` stops the user from logging in and revokes its tokens (admins). */
            disabled?: boolean;
        };
        ScheduleIntervalDto: {
            /** @description Type 1 (`Every Minute`): every N minutes. */
            minute?: number | string;
            /** @description Type 2 (`Hourly`): every N hours. */
            hour?: number | string;
        };
        ScheduleFieldsDto: {
            /** @description Type 0: the year. */
            year?: number | string;
            /** @description Month(s) 1–12. */
            month?: number | string;
            /** @description Week(s) of the month 1–5 (5 = the last). */
            week?: number | string;
            /** @description Weekdays `mon`…`sun` (types 4, 5, 7, 8, 10) or dates 1–31 (types 0, 6, 9, 11), comma-separated. */
            day?: number | string;
            /**
             * @description `HH:mm`, 00:00–23:59.
             * @example 01:30
             */
            time?: string;
            interval?: components["schemas"]["ScheduleIntervalDto"];
        };
        ScheduleObjectDto: {
            /**
             * @description Schedule type 0–11 (7–11 are smart and need `advanced`).
             * @example 4
             */
            type: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11) | ("0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11");
            /** @description The type's values (smart types: the full-backup slot, one value per field); or an existing schedule id. */
            basic: components["schemas"]["ScheduleFieldsDto"] | number;
            /** @description Smart types (7–11) only: the incremental slots, same keys as `basic`, one or more values; null on other types is as omitted. */
            advanced?: components["schemas"]["ScheduleFieldsDto"] | (number | null);
            /**
             * @description IANA zone (default, also for null: the configured `TZ`).
             * @example Asia/Seoul
             */
            timezone?: string | null;
        };
        RegisteredScheduleView: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            type: "Once" | "Every Minute" | "Hourly" | "Daily" | "Weekly" | "Monthly (Specific Week and Day of the Week)" | "Monthly on Specific Date" | "Smart Weekly (Specific Day of the Week)" | "Smart Monthly (Specific Week and Day of the Week)" | "Smart Monthly (Specific Date)" | "Smart Custom (Specific Month, Week and Day of the Week)" | "Smart Custom (Specific Month and Date)";
            /** @enum {string} */
            state: "Enabled" | "Disabled";
            description: string;
        };
        RegisteredSchedulesView: {
            basic: components["schemas"]["RegisteredScheduleView"];
            advanced?: components["schemas"]["RegisteredScheduleView"];
        };
        CreateScheduleDto: {
            /**
             * @description Schedule type 0–11 (number or digit string); 7–11 are smart and need `advanced`.
             * @example 4
             */
            type: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11) | ("0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11");
            /** @description The type's values (smart types: the full-backup slot); or an existing schedule id whose values to use. */
            basic: components["schemas"]["ScheduleFieldsDto"] | number;
            /** @description Smart types (7–11) only: the incremental schedule, same keys as `basic`; null on other types is as omitted. */
            advanced?: components["schemas"]["ScheduleFieldsDto"] | (number | null);
            /**
             * @description IANA zone (default, also for null: the server's configured `TZ`).
             * @example Asia/Seoul
             */
            timezone?: string | null;
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            center: number | string;
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            user?: number | string;
            /** @description Job the schedule is meant for. */
            jobName?: string;
        };
        PlannedRunView: {
            /**
             * Format: date-time
             * @example 2026-01-25T12:00:00+09:00
             */
            at: string;
            /**
             * @description Which half fires (smart: basic = full, advanced = incremental).
             * @enum {string}
             */
            role: "basic" | "advanced";
        };
        ScheduleHalfSummary: {
            /** @enum {string} */
            type: "Once" | "Every Minute" | "Hourly" | "Daily" | "Weekly" | "Monthly (Specific Week and Day of the Week)" | "Monthly on Specific Date" | "Smart Weekly (Specific Day of the Week)" | "Smart Monthly (Specific Week and Day of the Week)" | "Smart Monthly (Specific Date)" | "Smart Custom (Specific Month, Week and Day of the Week)" | "Smart Custom (Specific Month and Date)";
            description: string;
        };
        SchedulePreviewView: {
            timezone: string;
            nextRuns: components["schemas"]["PlannedRunView"][];
            basic: components["schemas"]["ScheduleHalfSummary"];
            advanced?: components["schemas"]["ScheduleHalfSummary"];
        };
        PreviewScheduleDto: {
            /**
             * @description Schedule type 0–11 (number or digit string); 7–11 are smart and need `advanced`.
             * @example 4
             */
            type: (0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11) | ("0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11");
            /** @description The type's values (smart types: the full-backup slot); or an existing schedule id whose values to use. */
            basic: components["schemas"]["ScheduleFieldsDto"] | number;
            /** @description Smart types (7–11) only: the incremental schedule, same keys as `basic`; null on other types is as omitted. */
            advanced?: components["schemas"]["ScheduleFieldsDto"] | (number | null);
            /**
             * @description IANA zone (default, also for null: the server's configured `TZ`).
             * @example Asia/Seoul
             */
            timezone?: string | null;
            /** @description How many runs to list (1–100, default 10). */
            count?: number;
        };
        ScheduleCenterView: {
            /** @example 1 */
            id: number;
            name: string;
        };
        ScheduleView: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            type: "Once" | "Every Minute" | "Hourly" | "Daily" | "Weekly" | "Monthly (Specific Week and Day of the Week)" | "Monthly on Specific Date" | "Smart Weekly (Specific Day of the Week)" | "Smart Monthly (Specific Week and Day of the Week)" | "Smart Monthly (Specific Date)" | "Smart Custom (Specific Month, Week and Day of the Week)" | "Smart Custom (Specific Month and Date)";
            /** @enum {string} */
            state: "Enabled" | "Disabled";
            /**
             * @description `YYYY-MM-DD HH:mm:ss`, or `-` before the first run.
             * @example 2026-01-09 19:30:00
             */
            lastRunTime: string;
            /** @description Next run (ISO-8601 with the zone offset), `-` when none */
            nextRunAt: string;
            center: components["schemas"]["ScheduleCenterView"];
            /** @description Job the schedule belongs to, or `-`. */
            jobName: string;
            /** @description `[Basic] Start working at 01:30 Monday, Wednesday, Friday every week.` */
            description: string;
            /** @description IANA zone the schedule runs in. */
            timezone: string;
        };
        ScheduleNextRunsView: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            type: "Once" | "Every Minute" | "Hourly" | "Daily" | "Weekly" | "Monthly (Specific Week and Day of the Week)" | "Monthly on Specific Date" | "Smart Weekly (Specific Day of the Week)" | "Smart Monthly (Specific Week and Day of the Week)" | "Smart Monthly (Specific Date)" | "Smart Custom (Specific Month, Week and Day of the Week)" | "Smart Custom (Specific Month and Date)";
            runs: string[];
            description: string;
            timezone: string;
        };
        ScheduleRemovalView: {
            /** @example 1 */
            id: number;
            /** @description Rows removed (a smart schedule's two rows). */
            deleted: number[];
        };
        RegistrationSummary: {
            total: number;
            successful: number;
            failed: number;
        };
        ScheduleSummary: {
            basic: components["schemas"]["ScheduleHalfSummary"];
            advanced?: components["schemas"]["ScheduleHalfSummary"];
        };
        RegistrationResultItem: {
            /** @enum {string} */
            state: "success" | "fail";
            /** @enum {string} */
            jobMode: "Full Backup" | "Incremental Backup" | "Smart Backup";
            /** @enum {string} */
            autoStart: "use" | "not use";
            /**
             * @description Only when set
             * @enum {string}
             */
            scriptRunTiming?: "before job" | "after job";
            jobName: string;
            /** @description Mount point or drive. */
            partition: string;
            /** @description Only when the job has a schedule. */
            schedule?: components["schemas"]["ScheduleSummary"];
            /** @description Only when set. */
            scriptPath?: string;
            /** @description Only when `state` is `fail`. */
            errorMessage?: string;
        };
        RegistrationResult: {
            summary: components["schemas"]["RegistrationSummary"];
            results: components["schemas"]["RegistrationResultItem"][];
        };
        RepositoryRef: {
            /** @enum {string} */
            type: "smb" | "nfs";
            /**
             * @description Share or export path (`/mnt/backup`).
             * @example /ZConverter
             */
            path: string;
        };
        IndividualJobDto: {
            /** @description Repository rotation (1~30, default 1). */
            rotation?: number;
            /** @description Network limit (0: unlimited). */
            networkLimit?: number;
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            center?: number | string;
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            server?: number | string;
            /** @description A schedule object, or the id of an existing schedule whose values the job copies */
            schedule?: components["schemas"]["ScheduleObjectDto"] | number | string;
            /** @description Directories to exclude: `,`/`|`-separated string or array. */
            excludeDir?: string | string[];
            /** @description Partitions to exclude: `,`/`|`-separated string or array. */
            excludePartition?: string | string[];
            /** @description The partition this entry configures (added to the job list when absent from `partition`). */
            partition: string;
            /**
             * @description Job mode.
             * @enum {string}
             */
            type?: "full" | "increment" | "smart";
            /** @description Repository. */
            repository?: components["schemas"]["RepositoryRef"];
            /** @description Job name, used verbatim (no partition suffix; not digits only). */
            jobName?: string;
            /** @description Job description. */
            description?: string;
            /**
             * @description Compression: `use` | `not use`.
             * @enum {string}
             */
            compression?: "use" | "not use";
            /**
             * @description Encryption: `use` | `not use`.
             * @enum {string}
             */
            encryption?: "use" | "not use";
            /** @description Event notification email(s). */
            mailEvent?: string;
            /**
             * @description Start the job right after registration: `use` | `not use`.
             * @enum {string}
             */
            autoStart?: "use" | "not use";
            /**
             * @description Verify the new restore point after each successful backup run: `use` | `not use` (default).
             * @enum {string}
             */
            verifyAfterBackup?: "use" | "not use";
            /** @description Script to run. */
            scriptPath?: string;
            /**
             * @description When the script runs: `before` | `after` the job.
             * @enum {string}
             */
            scriptRun?: "before" | "after";
        };
        RegisterBackupDto: {
            /** @description Repository rotation (1~30, default 1). */
            rotation?: number;
            /** @description Network limit (0: unlimited). */
            networkLimit?: number;
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            center: number | string;
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            server: number | string;
            /**
             * @description Partitions to back up; `[]` = every partition of the server.
             * @example [
             *       "/"
             *     ]
             */
            partition: string[];
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            user?: number | string;
            /** @description A schedule object, or the id of an existing schedule whose values the job copies */
            schedule?: components["schemas"]["ScheduleObjectDto"] | number | string;
            /**
             * @description Job mode: full | increment | smart.
             * @enum {string}
             */
            type: "full" | "increment" | "smart";
            /** @description Repository `{ type, path }`. */
            repository: components["schemas"]["RepositoryRef"];
            /** @description Job name; each partition's job is named `jobName` + partition suffix. */
            jobName?: string;
            /** @description Directories to exclude, separated by `,` or `|`. */
            excludeDir?: string;
            /** @description Partitions to exclude, separated by `,` or `|`. */
            excludePartition?: string;
            /** @description Per-partition settings. */
            individual?: components["schemas"]["IndividualJobDto"][];
            /**
             * @description Compression: `use` | `not use`.
             * @enum {string}
             */
            compression?: "use" | "not use";
            /**
             * @description Encryption: `use` | `not use`.
             * @enum {string}
             */
            encryption?: "use" | "not use";
            /** @description Event notification email(s). */
            mailEvent?: string;
            /**
             * @description Start the job right after registration: `use` | `not use`.
             * @enum {string}
             */
            autoStart?: "use" | "not use";
            /**
             * @description Verify the new restore point after each successful backup run: `use` | `not use` (default).
             * @enum {string}
             */
            verifyAfterBackup?: "use" | "not use";
            /** @description Script to run. */
            scriptPath?: string;
            /**
             * @description When the script runs: `before` | `after` the job.
             * @enum {string}
             */
            scriptRun?: "before" | "after";
        };
        JobSystemView: {
            /** @example 1 */
            id: number;
            name: string;
            /** @description `win` | `lin` (or `-`). */
            os: string;
        };
        JobScheduleHalfView: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            type: "Once" | "Every Minute" | "Hourly" | "Daily" | "Weekly" | "Monthly (Specific Week and Day of the Week)" | "Monthly on Specific Date" | "Smart Weekly (Specific Day of the Week)" | "Smart Monthly (Specific Week and Day of the Week)" | "Smart Monthly (Specific Date)" | "Smart Custom (Specific Month, Week and Day of the Week)" | "Smart Custom (Specific Month and Date)";
            description: string;
        };
        JobScheduleView: {
            basic: components["schemas"]["JobScheduleHalfView"];
            advanced?: components["schemas"]["JobScheduleHalfView"];
        };
        JobStatusTimeView: {
            /** @description `YYYY-MM-DD HH:mm:ss` (configured zone), `-` when unknown */
            start: string | "-";
            /** @description `HH:mm:ss`, or `-` when the job never started. */
            elapsed: string;
            /** @description `YYYY-MM-DD HH:mm:ss` (configured zone), `-` when unknown */
            end: string | "-";
        };
        JobStatusView: {
            /** @enum {string} */
            current: "Preparing" | "Processing" | "Complete" | "Scheduled" | "Registered" | "Canceling" | "Canceled" | "Error";
            time: components["schemas"]["JobStatusTimeView"];
        };
        JobNotificationView: {
            /** @description Event mail address(es), or `-`. */
            mail: string;
        };
        JobOptionsView: {
            /** @enum {string} */
            compression: "use" | "not use";
            /** @enum {string} */
            encryption: "use" | "not use";
            rotation: number;
            /** @description Network limit (0: unlimited). */
            networkSpeed: number;
            /** @description Excluded directories, comma-separated, or `-`. */
            excludeDir: string;
            notification: components["schemas"]["JobNotificationView"];
        };
        JobInfoView: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            mode: "Full Backup" | "Incremental Backup" | "Smart Backup";
            /**
             * @description `use`: a verify run of the new restore point is queued after each successful backup run (spec §13).
             * @enum {string}
             */
            verifyAfterBackup: "use" | "not use";
            name: string;
            /** @description Mount point or drive. */
            partition: string;
            schedule?: components["schemas"]["JobScheduleView"];
            status: components["schemas"]["JobStatusView"];
            /** @description False while the job is paused (`PUT enabled: false`): its schedule slots do not fire. */
            enabled: boolean;
            /** @description Only with `detail=true`. */
            options?: components["schemas"]["JobOptionsView"];
        };
        JobView: {
            /** @description `YYYY-MM-DD HH:mm:ss` (configured zone), `-` when unknown */
            lastUpdated: string | "-";
            info: components["schemas"]["JobInfoView"];
        };
        JobRepositoryView: {
            /** @example 1 */
            id: number;
            /** @enum {string} */
            type: "smb" | "nfs";
            path: string;
        };
        BackupJobView: {
            system: components["schemas"]["JobSystemView"];
            job: components["schemas"]["JobView"];
            repository: components["schemas"]["JobRepositoryView"];
        };
        JobInfo: {
            /** @example 1 */
            id: number;
            name: string;
            partition: string;
        };
        UpdatedField: {
            /** @description Value before the change */
            previous: (string | null) | number | boolean | unknown[] | {
                [key: string]: unknown;
            };
            /** @description Value after the change */
            new: (string | null) | number | boolean | unknown[] | {
                [key: string]: unknown;
            };
            /** @description The request field that changed. */
            field: string;
        };
        JobUpdateSummary: {
            /** @enum {string} */
            state: "success";
            updatedFields: components["schemas"]["UpdatedField"][];
        };
        JobUpdateResult: {
            jobInfo: components["schemas"]["JobInfo"][];
            summary: components["schemas"]["JobUpdateSummary"];
        };
        UpdateBackupDto: {
            /** @description Repository rotation (1~30). */
            rotation?: number;
            /** @description Directories to exclude: `,`/`|`-separated string or array (empty clears). */
            excludeDir?: string | string[];
            /** @description Network limit (0: unlimited). */
            networkLimit?: number;
            /** @description A schedule object, the id of an existing schedule to copy, or `null` to remove the schedule */
            schedule?: components["schemas"]["ScheduleObjectDto"] | (number | null) | string;
            /** @description New job name (not digits only). */
            changeName?: string;
            /**
             * @description Job mode: full | increment | smart.
             * @enum {string}
             */
            mode?: "full" | "increment" | "smart";
            /**
             * @description `start` the job now, or `stop` it.
             * @enum {string}
             */
            status?: "start" | "stop";
            /**
             * @description Compression: `use` | `not use`.
             * @enum {string}
             */
            compression?: "use" | "not use";
            /**
             * @description Encryption: `use` | `not use`.
             * @enum {string}
             */
            encryption?: "use" | "not use";
            /** @description Event notification email(s). */
            mailEvent?: string;
            /**
             * @description Verify the new restore point after each successful backup run: `use` | `not use`.
             * @enum {string}
             */
            verifyAfterBackup?: "use" | "not use";
            /** @description Repository `{ type, path }`. */
            repository?: components["schemas"]["RepositoryRef"];
            /**
             * @description `false` pauses the job: its schedule slots neither fire nor count as missed, `nextRunAt` is
             *     null, monitoring shows `paused`. `true` resumes it from its next slot (no catch-up of the paused
             *     ones). Run-now still works while paused.
             */
            enabled?: boolean;
            /** @description Script to run. */
            scriptPath?: string;
            /**
             * @description When the script runs: `before` | `after` the job.
             * @enum {string}
             */
            scriptRun?: "before" | "after";
        };
        JobRemovalSummary: {
            /** @enum {string} */
            state: "success";
            removedJobs: number;
            removedSchedules: number[];
        };
        JobRemovalResult: {
            jobInfo: components["schemas"]["JobInfo"][];
            summary: components["schemas"]["JobRemovalSummary"];
        };
        ErrorCodeAndMessage: {
            /** @example VALIDATION_ERROR */
            code: components["schemas"]["ErrorCode"];
            /** @example 서버 이름이 필요합니다. */
            message: string;
        };
        ObjectErrorEnvelope: {
            /**
             * @example false
             * @enum {boolean}
             */
            success: false;
            /**
             * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
             * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
             */
            requestID: string;
            error: components["schemas"]["ErrorCodeAndMessage"];
            /**
             * Format: date-time
             * @example 2026-01-09T10:30:00Z
             */
            timestamp: string;
        };
        SizeView: {
            /**
             * @description Bytes.
             * @example 2328637440
             */
            raw: number;
            /**
             * @description Base 1024, two decimals: `2.17 GB`.
             * @example 2.17 GB
             */
            formatted: string;
        };
        ImageSizesView: {
            /**
             * @description image / partition × 100, two decimals: `35.71%`.
             * @example 35.71%
             */
            compressionRatio: string;
            partition: components["schemas"]["SizeView"];
            image: components["schemas"]["SizeView"];
        };
        ImagePartitionView: {
            diskNumber: number;
            partitionNumber: number;
            /** @description `/`, `/boot`, `C:`. */
            mountPoint: string;
            device: string;
            filesystem: string;
        };
        ImageTrustView: {
            /**
             * @description `run`: written by a run of this API (`runId`); `found`: it appeared in the repository otherwise.
             * @enum {string}
             */
            provenance: "run" | "found";
            runId: number | null;
            /** @enum {string} */
            verification: "unverified" | "ok" | "corrupt" | "missing";
            /**
             * Format: date-time
             * @description When it was last verified (ISO-8601 with offset); null while unverified.
             */
            verifiedAt: string | null;
            protected: boolean;
        };
        ImageView: {
            /** @enum {string} */
            type: "full" | "increment";
            /** @description File name: `source-centos7-bios_ROOT_[2026-01-07_08_44].ZIA`. */
            name: string;
            /** @description Image time as the header states it: `2026-01-07 08:43:48`. */
            time: string;
            compressed: boolean;
            size: components["schemas"]["ImageSizesView"];
            server: string;
            os: string;
            partition: components["schemas"]["ImagePartitionView"];
            /** @description Beyond the seed (spec §13): provenance, protection, verification. */
            trust: components["schemas"]["ImageTrustView"];
        };
        ImageListView: {
            /** @description Number of images in this answer. */
            total: number;
            images: components["schemas"]["ImageView"][];
            /** @description Present when `page` or `limit` was sent. */
            pagination?: components["schemas"]["PaginationMeta"];
        };
        RetentionJobView: {
            id: number;
            name: string;
        };
        RetentionItemView: {
            /** @description 1 = newest successful generation; null for images outside the counted generations. */
            generation: number | null;
            /** @description Image file name. */
            name: string;
            /** @description Image time (header). */
            time: string;
            /** @enum {string} */
            type: "full" | "increment";
            /**
             * @description `run`: written by this job's runs; `found`: appeared by other means (never removed by retention).
             * @enum {string}
             */
            provenance: "run" | "found";
            reason: string;
        };
        RetentionNextRunView: {
            /** @description Newest first. */
            keep: components["schemas"]["RetentionItemView"][];
            /** @description Newest first. */
            remove: components["schemas"]["RetentionItemView"][];
        };
        RetentionPreviewView: {
            rotation: number;
            job: components["schemas"]["RetentionJobView"];
            /** @description False when RETENTION_ENFORCE=false: nothing is removed, this is only a preview. */
            enforced: boolean;
            /** @description Newest first. */
            keep: components["schemas"]["RetentionItemView"][];
            /** @description Newest first: what a successful run would remove today (garbage of failed runs, generations beyond rotation). */
            remove: components["schemas"]["RetentionItemView"][];
            /** @description The same plan once a successful run started now has added its image. */
            afterNextRun: components["schemas"]["RetentionNextRunView"];
        };
        RestorePointVerificationView: {
            /** @enum {string} */
            state: "unverified" | "ok" | "corrupt" | "missing";
            /**
             * Format: date-time
             * @description When it was verified (ISO-8601 with offset); null while unverified.
             */
            at: string | null;
        };
        RestorePointView: {
            /** @enum {string} */
            level: "full" | "increment";
            /** @description The run that wrote it; null when it was found in the repository (provenance `found`). */
            run: {
                id: number;
                /** @enum {string} */
                outcome: "succeeded" | "unsuccessful" | "in-progress";
            } | null;
            /** @description The image file name. */
            image: string;
            /** @description Image time as its header states it (`YYYY-MM-DD HH:mm:ss`). */
            time: string;
            /** @description The images a restore of this point applies, full first, ending with this image. */
            chain: string[];
            verification: components["schemas"]["RestorePointVerificationView"];
            protected: boolean;
            /** @description Every link is on disk, written by a successful run (or verified ok), and none corrupt or missing. */
            restorable: boolean;
            /** @description Why it is not restorable (the first link that fails); absent when restorable. */
            reason?: string;
        };
        CatalogImageView: {
            /** @description Catalog id (usable as `:image`). */
            id: number;
            /** @enum {string} */
            type: "full" | "increment";
            /**
             * @description `run`: written by a run of this API (`runId`); `found`: appeared in the repository by other means.
             * @enum {string}
             */
            provenance: "run" | "found";
            runId: number | null;
            /** @description File name. */
            name: string;
            /** @description Path relative to the backup repository. */
            path: string;
            server: string;
            /** @description Header time (`YYYY-MM-DD HH:mm:ss`). */
            time: string;
            protected: boolean;
            verification: components["schemas"]["RestorePointVerificationView"];
        };
        ImageProtectionDto: {
            /** @description Protected images are never removed by retention nor by `DELETE` (spec §13). */
            protected: boolean;
        };
        RemovedImageView: {
            /** @description File name. */
            name: string;
            /** @description Path relative to the backup repository. */
            path: string;
        };
        AuditEntryView: {
            /** @description Entry id. */
            id: number;
            /**
             * @description When the answer was sent (`YYYY-MM-DD HH:mm:ss`, configured zone).
             * @example 2026-01-09 19:30:00
             */
            time: string;
            /** @description Who made the write (a user, an API key or an agent); `null` when no valid token was sent. */
            actor: {
                /** @description The user's id; null for an agent or an API key */
                id: number | null;
                /** @description The user's email; null for an agent or an API key */
                email: string | null;
                /** @description The agent that made the write (agent protocol routes); null for a user or an API key */
                agent: {
                    id: number;
                    name: string;
                } | null;
                /** @description The API key the write was made with (its name as it was then); null for a user or an agent */
                apiKey: {
                    id: number;
                    name: string;
                } | null;
            } | null;
            /** @description HTTP status answered. */
            status: number;
            /**
             * @description `success` (2xx), `denied` (401/403/429) or `failure`.
             * @enum {string}
             */
            outcome: "success" | "denied" | "failure";
            /** @description Route that was called: `<controller>.<handler>` (`users.update`). */
            action: string;
            /** @description HTTP method and path, as sent. */
            method: string;
            path: string;
            /** @description What it was about: the path parameter, or the name/email the body gave. */
            target: string | null;
            /** @description The request id (`X-Request-ID`) of the call, to find its log lines. */
            requestID: string;
        };
        CreatedChannelView: {
            id: number;
            /** @enum {string} */
            type: "email" | "webhook";
            /** @example 2026-01-09 19:30:00 */
            createdAt: string;
            secret: string | null;
        };
        CreateChannelDto: {
            /**
             * @description `email` (target: addresses) or `webhook` (target: an http(s) URL).
             * @enum {string}
             */
            type: "email" | "webhook";
            /** @description The event types this channel gets (at least one). */
            events: ("run.failed" | "run.lost" | "run.missed" | "run.succeeded" | "job.stale" | "agent.offline" | "image.corrupt" | "recovery.succeeded" | "recovery.failed")[];
            /** @description Webhooks only: the HMAC secret (16–255 characters); generated when absent. */
            secret?: string;
            /** @description Email addresses separated by `,` or `;`, or the webhook's URL. */
            target: string;
        };
        ChannelView: {
            id: number;
            /** @enum {string} */
            type: "email" | "webhook";
            /** @example 2026-01-09 19:30:00 */
            createdAt: string;
        };
        ChannelTestView: {
            eventId: number;
        };
        DeliveryView: {
            id: number;
            channel: {
                /** @description Channel id */
                id: number;
                /**
                 * @description email or webhook
                 * @enum {string}
                 */
                type: "email" | "webhook";
            } | null;
            address: string | null;
            /** @enum {string} */
            state: "pending" | "sent" | "failed" | "dead";
            attempts: number;
            /** @example 2026-01-09 19:30:00 */
            nextAttemptAt: string;
            lastError: string | null;
            /** @example 2026-01-09 19:30:00 */
            sentAt: string;
            sentTo: string | null;
        };
        RunRefView: {
            id: number;
            name: string;
        };
        RunProgressView: {
            bytesDone: number | null;
            bytesTotal: number | null;
            /** @description 0–100. */
            percent: number;
        };
        RunView: {
            id: number;
            /**
             * @description What the run does (spec §13): `backup` (default), `verify` (a restore point's chain), `restore`.
             * @enum {string}
             */
            kind: "backup" | "verify" | "restore";
            /**
             * @description The schedule slot this run is for; null for manual runs.
             * @example 2026-01-09 19:30:00
             */
            scheduledFor: string | null;
            /**
             * @description Null until `state` is `done`.
             * @enum {string|null}
             */
            result: "success" | "warning" | "failed" | "cancelled" | "lost" | "skipped" | "missed" | null;
            /** @description The agent that claimed the run; null while queued. */
            agent: {
                id: number;
                name: string;
            } | null;
            /** @example 2026-01-09 19:30:00 */
            createdAt: string;
            /** @example 2026-01-09 19:30:00 */
            startedAt: string | null;
            /** @example 2026-01-09 19:30:00 */
            endedAt: string | null;
            job: components["schemas"]["RunRefView"];
            server: components["schemas"]["RunRefView"];
            partition: string;
            /** @enum {string} */
            trigger: "schedule" | "manual" | "catch-up" | "retry";
            /** @enum {string} */
            level: "full" | "increment";
            /** @enum {string} */
            state: "done" | "queued" | "running" | "cancelling";
            progress: components["schemas"]["RunProgressView"];
            /** @description `HH:mm:ss` from start to end (or to now while running); null before it started. */
            elapsed: string | null;
            /** @description File name of the image the run wrote. */
            image: string | null;
            errorMessage: string | null;
        };
        RunNowDto: {
            /**
             * @description Level of this run; default: the job's mode (smart: increment once a full succeeded, else full).
             * @enum {string}
             */
            level?: "full" | "increment";
        };
        VerifyRunDto: {
            /** @description File name of the restore point whose chain to verify; default: the job's newest point. */
            image?: string;
        };
        MonitoringItemView: {
            /** @description The latest run that was not skipped; null when the job never ran. */
            lastRun: {
                id: number;
                /** @enum {string} */
                state: "queued" | "running" | "cancelling" | "done";
                /** @enum {string|null} */
                result: "success" | "warning" | "failed" | "cancelled" | "lost" | "skipped" | "missed" | null;
                /** @example 2026-01-09 19:30:00 */
                endedAt: string | null;
            } | null;
            /** @example 2026-01-09 19:30:00 */
            lastSuccessAt: string | null;
            /** @example 2026-01-09 19:30:00 */
            nextRunAt: string | null;
            job: components["schemas"]["RunRefView"];
            server: components["schemas"]["RunRefView"];
            /** @enum {string} */
            health: "ok" | "failed" | "stale" | "running" | "waiting-for-agent" | "never-run" | "paused";
        };
        RunLogLineView: {
            seq: number;
            /** @example 2026-01-09 19:30:00 */
            time: string;
            /** @enum {string} */
            level: "info" | "warn" | "error" | "debug";
            message: string;
        };
        RunLogPageView: {
            runId: number;
            /** @description `start` of the next page (the seq after the last line returned). */
            nextStart: number;
            /**
             * @description The run's state now (a client polls until `done`).
             * @enum {string}
             */
            state: "done" | "queued" | "running" | "cancelling";
            lines: components["schemas"]["RunLogLineView"][];
        };
        RecoveryRegistrationSummary: {
            total: number;
            successful: number;
            failed: number;
        };
        RecoveryChainLinkView: {
            /** @enum {string} */
            level: "full" | "increment";
            /** @description Image file name. */
            image: string;
        };
        RecoveryRegistrationItem: {
            /** @enum {string} */
            state: "success";
            id: number;
            /** @description What the restore applies, full first. */
            chain: components["schemas"]["RecoveryChainLinkView"][];
            /** @enum {string} */
            autoStart: "use" | "not use";
            jobName: string;
            sourcePartition: string;
            targetPartition: string;
            /** @description The restore point (image file name). */
            point: string;
            /** @description The restore run queued: only with `autoStart: use`. */
            run?: components["schemas"]["RunView"];
        };
        RecoveryRegistrationResult: {
            summary: components["schemas"]["RecoveryRegistrationSummary"];
            results: components["schemas"]["RecoveryRegistrationItem"][];
        };
        RecoveryPartitionDto: {
            /** @description Mount point or drive of the source server (`/`, `/boot/efi`, `C:`). */
            source: string;
            /** @description Mount point or drive of the target server. */
            target: string;
        };
        RegisterRecoveryDto: {
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            source: number | string;
            /**
             * @description Id (an integer, or a string of digits) or name
             * @example 1
             */
            target: number | string;
            /** @description Source → target partitions; default: every partition with a restore point, onto the same mount point. */
            partitions?: components["schemas"]["RecoveryPartitionDto"][];
            /** @description Which restore point: "latest" restorable (default), an image, or the newest before a time */
            point?: "latest" | {
                /** @description Image file name */
                image: string;
            } | {
                /**
                 * @description The newest restorable point taken at or before this time: 'YYYY-MM-DD HH:mm:ss' (the API's zone) or ISO-8601 with an offset
                 * @example 2026-01-09 19:30:00
                 */
                before: string;
            };
            /**
             * @description `use` (default): queue the restore runs at once.
             * @enum {string}
             */
            autoStart?: "use" | "not use";
            /** @description Base of the recovery jobs' names (default: the target server's name without ` (ip)`). */
            jobName?: string;
            /** @description Replace what the target directory holds (default false: a non-empty target fails the run). */
            overwrite?: boolean;
        };
        RecoveryServerView: {
            id: number;
            name: string;
        };
        RecoveryView: {
            id: number;
            chain: components["schemas"]["RecoveryChainLinkView"][];
            /** @enum {string} */
            autoStart: "use" | "not use";
            /**
             * Format: date-time
             * @example 2026-01-09T10:30:00Z
             */
            createdAt: string;
            /** @description `<jobName or target name>_RECOVERY<partition suffix>`. */
            name: string;
            source: components["schemas"]["RecoveryServerView"];
            target: components["schemas"]["RecoveryServerView"];
            /** @description Mount point or drive of the source server. */
            sourcePartition: string;
            /** @description Mount point or drive of the target server. */
            targetPartition: string;
            /** @description The restore point (image file name) restored. */
            point: string;
            overwrite: boolean;
            /** @description The newest restore run of the recovery; absent before the first. */
            latestRun?: components["schemas"]["RunView"];
        };
        AgentServerView: {
            id: number;
            name: string;
        };
        RegisteredAgentView: {
            id: number;
            name: string;
            server: components["schemas"]["AgentServerView"];
            /** @description Send as `Authorization: Bearer <token>` on `/api/agent/…`. Stored only as a hash: keep it. */
            token: string;
        };
        RegisterAgentDto: {
            /** @description The server the agent runs on: id or name. */
            server: Record<string, never>;
            /** @description Name (default `<host>-agent`; one path segment: no `/`, `\`, `.` or `..`). */
            name?: string;
        };
        AgentView: {
            id: number;
            /**
             * @description Last call (`YYYY-MM-DD HH:mm:ss`, configured zone); null when it never called.
             * @example 2026-01-09 19:30:00
             */
            lastSeenAt: string | null;
            /** @description Runs it holds now (running or cancelling). */
            activeRuns: number;
            name: string;
            server: components["schemas"]["AgentServerView"];
            /**
             * @description `online` when its last call is within AGENT_OFFLINE_AFTER_MS.
             * @enum {string}
             */
            status: "online" | "offline";
            /** @description What the agent reported in its last heartbeat. */
            version: string | null;
        };
        HeartbeatView: {
            /**
             * Format: date-time
             * @description The API's clock (ISO-8601 UTC), so an agent can tell its own clock's drift.
             * @example 2026-01-09T10:30:00Z
             */
            serverTime: string;
        };
        HeartbeatDto: {
            /** @description The agent program's version. */
            version?: string;
        };
        ClaimedChainLinkView: {
            /** @enum {string} */
            level: "full" | "increment";
            /** @description Hex SHA-256 of the payload as the image's header states it; null when it has none. */
            payloadSha256: string | null;
            /** @description File name. */
            image: string;
            /** @description Absolute path as the API's catalog knows it. */
            path: string;
        };
        ClaimedRepositoryView: {
            type: string;
            path: string;
        };
        ClaimedServerView: {
            id: number;
            name: string;
            os: string;
            osVersion: string | null;
        };
        ClaimedPartitionView: {
            size: number | null;
            diskNumber: number;
            /** @description 1-based position among the server's partitions. */
            partitionNumber: number;
            device: string | null;
            filesystem: string | null;
        };
        ClaimedImageView: {
            /** @description File name, e.g. `web_ROOT_[2026-03-02_12_08].ZIA` (`…]_2.ZIA` for a second one in that minute). */
            name: string;
            /** @description Header `time`: `YYYY-MM-DD HH:mm:ss` of the slot in the API's time zone. */
            time: string;
        };
        ClaimedJobView: {
            id: number;
            /** @description 0 = unlimited. */
            networkLimit: number;
            /** @enum {string|null} */
            scriptRun: "before" | "after" | null;
            name: string;
            partition: string;
            /** @enum {string} */
            level: "full" | "increment";
            repository: components["schemas"]["ClaimedRepositoryView"];
            compression: boolean;
            encryption: boolean;
            excludeDir: string[];
            scriptPath: string | null;
            server: components["schemas"]["ClaimedServerView"];
            partitionDetail: components["schemas"]["ClaimedPartitionView"];
            image: components["schemas"]["ClaimedImageView"];
        };
        ClaimView: {
            /**
             * @description Full first. verify: the chain to verify; backup increment: the job's newest restorable point's
             *     chain (the new image's `parent` is the last link); full backup: empty; restore: the chain to apply.
             */
            chain: components["schemas"]["ClaimedChainLinkView"][];
            /** @description What a restore run restores where (mount points); null unless the run's kind is `restore`. */
            restore: {
                sourcePartition: string;
                targetPartition: string;
                overwrite: boolean;
            } | null;
            /**
             * Format: date-time
             * @description ISO-8601 UTC: report progress before this or the run ends `lost`.
             * @example 2026-01-09T10:30:00Z
             */
            leaseExpiresAt: string;
            run: components["schemas"]["RunView"];
            job: components["schemas"]["ClaimedJobView"];
        };
        ClaimRunDto: {
            /** @description Long poll: seconds to wait for a run (0–30, default 0 = answer at once). */
            wait?: number;
        };
        ProgressAnswerView: {
            /**
             * Format: date-time
             * @example 2026-01-09T10:30:00Z
             */
            leaseExpiresAt: string;
            /** @description True: stop, then complete with `cancelled`. */
            cancel: boolean;
        };
        RunProgressDto: {
            bytesDone?: number;
            bytesTotal?: number;
            /** @description 0–100. */
            percent: number;
            /** @description Written to the run's log. */
            message?: string;
        };
        LogAnswerView: {
            /** @description Lines written. */
            written: number;
        };
        RunLogLineDto: {
            /** @enum {string} */
            level: "info" | "warn" | "error";
            message: string;
        };
        RunLogDto: {
            /** @description 1–500 lines. */
            lines: components["schemas"]["RunLogLineDto"][];
        };
        CompletedRunView: {
            id: number;
            state: string;
            result: string;
        };
        VerifiedImageDto: {
            /** @description File name of a link of the claimed chain. */
            image: string;
            /** @enum {string} */
            state: "ok" | "corrupt" | "missing";
            errorMessage?: string;
        };
        CompleteRunDto: {
            /** @enum {string} */
            result: "success" | "warning" | "failed" | "cancelled";
            /** @description Path of the image the run wrote, inside BACKUP_REPOSITORY_PATH (absolute, or relative to it). */
            image?: string;
            errorMessage?: string;
            /** @description A verify run: each image of the claimed chain it read (`success` iff every one is `ok`). */
            images?: components["schemas"]["VerifiedImageDto"][];
        };
        ComponentHealthView: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description Why the component is down. */
            message?: string;
        };
        HeaderCliHealthView: {
            /** @enum {string} */
            status: "up" | "down";
            /** @description Why the component is down. */
            message?: string;
            /** @description File name of the configured header CLI. */
            cli: string;
        };
        ImageCatalogHealthView: {
            /** @enum {string} */
            status: "up" | "down";
            /** @enum {string} */
            watcher: "watching" | "off" | "network-file-system" | "unavailable";
            /** @description Why the repository cannot be read, naming its path (`backup repository not accessible: /ZConverter (ENOENT)`). */
            message?: string;
            /** @description File system type of the repository, when known. */
            fileSystem?: string;
            networkFileSystem?: boolean;
            /** @description Why watching is unavailable. */
            reason?: string;
            /** @description `file events (within seconds)`, or the periodic refresh that bounds it. */
            newImagesListedBy: string;
        };
        HealthView: {
            /** @enum {string} */
            status: "ok" | "degraded" | "down";
            database: components["schemas"]["ComponentHealthView"];
            headerCli: components["schemas"]["HeaderCliHealthView"];
            imageCatalog: components["schemas"]["ImageCatalogHealthView"];
        };
        LivenessView: {
            /** @enum {string} */
            status: "ok";
        };
        ReadinessView: {
            /** @enum {string} */
            status: "ok";
            database: components["schemas"]["ComponentHealthView"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    issueToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueTokenDto"];
            };
        };
        responses: {
            /** @description Token issued successfully. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["IssuedToken"];
                        /** @enum {string} */
                        message: "Token issued successfully.";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown email or wrong password (one answer for both) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "등록되지 않은 사용자이거나 비밀번호가 일치하지 않습니다.",
                     *       "code": "INVALID_CREDENTIALS",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 4096 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many failed attempts from this client (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "로그인 실패가 너무 많습니다. 60초 후 다시 시도해 주세요.",
                     *       "code": "RATE_LIMITED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API key list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ApiKeyView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "API key list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyDto"];
            };
        };
        responses: {
            /** @description API key created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CreatedApiKeyView"];
                        /** @enum {string} */
                        message: "API key created";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid name, unknown role, or expiresAt not a future time */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description API key id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description API key revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ApiKeyView"];
                        /** @enum {string} */
                        message: "API key revoked";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description The id is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such API key */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: '1'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRepositories: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Center id or name. */
                center?: string;
                type?: "smb" | "nfs";
                /** @description Exact path. */
                path?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Repository list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RepositoryEntity"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Repository list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown center */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "center: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createRepository: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRepositoryDto"];
            };
        };
        responses: {
            /** @description Repository registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RepositoryEntity"];
                        /** @enum {string} */
                        message: "Repository registered";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown center */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "center: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The center has this repository */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 이미 등록된 레포지토리입니다: smb://nas/backup",
                     *       "code": "CONFLICT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listCenterRepositories: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Repository list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RepositoryEntity"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Repository list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listCenters: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Part of the center name (case-insensitive). */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ZDM center list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CenterEntity"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "ZDM center list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createCenter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCenterDto"];
            };
        };
        responses: {
            /** @description ZDM center registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CenterEntity"];
                        /** @enum {string} */
                        message: "ZDM center registered";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A center with this name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "name: 이미 존재하는 센터 이름입니다: seoul",
                     *       "code": "CONFLICT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getCenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ZDM center retrieved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CenterEntity"];
                        /** @enum {string} */
                        message: "ZDM center retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteCenter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ZDM center deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CenterEntity"];
                        /** @enum {string} */
                        message: "ZDM center deleted";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Servers or repositories still belong to the center */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "센터 'seoul'에 등록된 서버가 있어 삭제할 수 없습니다.",
                     *       "code": "CONFLICT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listServers: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Part of the server name (case-insensitive). */
                name?: string;
                /** @description Center id or name. */
                center?: string;
                os?: "win" | "lin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ServerView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Server list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown center */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "center: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createServer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServerDto"];
            };
        };
        responses: {
            /** @description Server registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ServerView"];
                        /** @enum {string} */
                        message: "Server registered";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown center */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "center: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A server with this name exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "name: 이미 존재하는 서버 이름입니다: web01",
                     *       "code": "CONFLICT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server retrieved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ServerView"];
                        /** @enum {string} */
                        message: "Server retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteServer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ServerView"];
                        /** @enum {string} */
                        message: "Server deleted";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Backup jobs still use the server */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 'web01'을(를) 사용하는 백업 작업이 있어 삭제할 수 없습니다.",
                     *       "code": "CONFLICT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listServerPartitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server partition list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["PartitionView"][];
                        /** @enum {string} */
                        message: "Server partition list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Part of the email (case-insensitive). */
                email?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["UserView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "User list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description User registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["UserView"];
                        /** @enum {string} */
                        message: "User registered";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A user with this email exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "email: 이미 등록된 이메일입니다: ops@example.com",
                     *       "code": "CONFLICT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User retrieved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["UserView"];
                        /** @enum {string} */
                        message: "User retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 사용자 'ops@example.com'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            /** @description User updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["UserView"];
                        /** @enum {string} */
                        message: "User updated";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 사용자 'ops@example.com'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The last active administrator cannot lose the role or be disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "마지막 활성 관리자는 역할을 바꾸거나 비활성화할 수 없습니다.",
                     *       "code": "LAST_ADMIN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Too many wrong passwords for this account or from this client (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "RATE_LIMITED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listSchedules: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Schedule id. */
                id?: number;
                /** @description Type number (0–11) or name (`Daily`, case-insensitive). */
                type?: "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "Once" | "Every Minute" | "Hourly" | "Daily" | "Weekly" | "Monthly (Specific Week and Day of the Week)" | "Monthly on Specific Date" | "Smart Weekly (Specific Day of the Week)" | "Smart Monthly (Specific Week and Day of the Week)" | "Smart Monthly (Specific Date)" | "Smart Custom (Specific Month, Week and Day of the Week)" | "Smart Custom (Specific Month and Date)";
                /** @description `Enabled` or `Disabled` (case-insensitive). */
                state?: "Enabled" | "Disabled";
                /** @description Exact job name. */
                jobName?: string;
                /** @description Center id or name. */
                center?: string;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedule information list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ScheduleView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Schedule information list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown center */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "center: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleDto"];
            };
        };
        responses: {
            /** @description Schedule registered successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RegisteredSchedulesView"];
                        /** @enum {string} */
                        message: "Schedule registered successfully";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown center or user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "center: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    previewSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewScheduleDto"];
            };
        };
        responses: {
            /** @description Schedule preview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["SchedulePreviewView"];
                        /** @enum {string} */
                        message: "Schedule preview";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown schedule id given as basic/advanced */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "ID가 '7'인 Schedule을 찾을 수 없습니다 (schedule)",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedule information retrieved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ScheduleView"];
                        /** @enum {string} */
                        message: "Schedule information retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "ID가 '7'인 Schedule을 찾을 수 없습니다 (id)",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Schedule id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedule has been successfully deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ScheduleRemovalView"];
                        /** @enum {string} */
                        message: "Schedule has been successfully deleted";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "ID가 '7'인 Schedule을 찾을 수 없습니다 (id)",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A backup job uses the schedule (the message names it) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "Schedule ID '7' is referenced by: web01_C",
                     *       "code": "SCHEDULE_IN_USE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listScheduleNextRuns: {
        parameters: {
            query?: {
                /** @description How many runs (1–100, default 10). */
                count?: number;
            };
            header?: never;
            path: {
                /** @description Schedule id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Schedule next run times */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ScheduleNextRunsView"];
                        /** @enum {string} */
                        message: "Schedule next run times";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "ID가 '7'인 Schedule을 찾을 수 없습니다 (id)",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listBackupJobs: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Job id. */
                jobId?: number;
                /** @description Job mode: full | increment | smart. */
                mode?: "full" | "increment" | "smart";
                /** @description Job status (case-insensitive). */
                status?: "Preparing" | "Processing" | "Complete" | "Scheduled" | "Registered" | "Canceling" | "Canceled" | "Error";
                /** @description Part of the job name (case-insensitive). */
                jobName?: string;
                /** @description Server id or name. */
                server?: string;
                /** @description Partition (exact: `/`, `/boot/efi`, `C:`). */
                partition?: string;
                /** @description Repository type: smb | nfs. */
                repositoryType?: "smb" | "nfs";
                /** @description Repository path (exact). */
                repositoryPath?: string;
                /** @description `true` adds `job.info.options`. */
                detail?: "true" | "false" | "1" | "0";
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backup job list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["BackupJobView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Backup job list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown server */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "server: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    registerBackupJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBackupDto"];
            };
        };
        responses: {
            /** @description At least one job was created (`results[]` reports each partition) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RegistrationResult"];
                        /** @enum {string} */
                        message: "Backup job registration completed";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "req-abc123",
                     *       "error": "type은 full, increment, smart중 하나여야 합니다",
                     *       "code": "VALIDATION_ERROR",
                     *       "timestamp": "2025-01-15 10:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown center, server, user, repository or schedule id (the message names it); nothing written */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "center: 센터 'seoul'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An explicit `individual[].jobName` exists, or no job could be created because of names taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "req-abc123",
                     *       "error": "JOB_NAME_ALREADY_EXISTS",
                     *       "code": "JOB_NAME_ALREADY_EXISTS",
                     *       "timestamp": "2026-02-05 10:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getBackupJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backup job retrieved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["BackupJobView"];
                        /** @enum {string} */
                        message: "Backup job retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateBackupJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBackupDto"];
            };
        };
        responses: {
            /** @description Backup job updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["JobUpdateResult"];
                        /** @enum {string} */
                        message: "Backup job updated";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The new name exists, or the job cannot start/stop in its current status */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "작업 이름 'web01_C'이(가) 이미 존재합니다.",
                     *       "code": "JOB_NAME_ALREADY_EXISTS",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteBackupJob: {
        parameters: {
            query?: {
                /** @description Only the job of this partition (when the identifier names a registration with several). */
                partition?: string;
            };
            header?: never;
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backup job deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["JobRemovalResult"];
                        /** @enum {string} */
                        message: "Backup job deleted";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown reference (the message names it) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listServerImages: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Exact job name: the file name without `_[YYYY-MM-DD_HH_mm]` and `.ZIA` (`source-centos7-bios_ROOT`). */
                jobName?: string;
                /** @description Mount point (`/`, `/boot`) or Windows drive (`C:`; `C` works too). */
                partition?: string;
                /** @description Backup type. */
                type?: "full" | "increment";
            };
            header?: never;
            path: {
                /** @description Server name as the image headers state it: `source-centos7-bios (192.168.2.104)` */
                serverName: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server's images (`X-Catalog-Stale: true` when served from the last index) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ImageListView"];
                        /** @enum {string} */
                        message: "Backup images retrieved successfully";
                        /** Format: date-time */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "VALIDATION_ERROR",
                     *         "message": "colour은(는) 허용되지 않는 필드입니다."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "UNAUTHORIZED",
                     *         "message": "인증이 필요합니다. 유효한 토큰을 전달해 주세요."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "PAYLOAD_TOO_LARGE",
                     *         "message": "요청 본문이 너무 큽니다. (최대 1048576 bytes)"
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "URI_TOO_LONG",
                     *         "message": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)"
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "UNSUPPORTED_MEDIA_TYPE",
                     *         "message": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)"
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description The header CLI failed */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "INTERNAL_SERVER_ERROR",
                     *         "message": "서버 내부 오류가 발생했습니다."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description The backup repository cannot be read (`REPOSITORY_UNAVAILABLE`, the message names the path), or the database is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "DATABASE_UNAVAILABLE",
                     *         "message": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
        };
    };
    listServerImagesWithoutName: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "VALIDATION_ERROR",
                     *         "message": "colour은(는) 허용되지 않는 필드입니다."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "UNAUTHORIZED",
                     *         "message": "인증이 필요합니다. 유효한 토큰을 전달해 주세요."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "FORBIDDEN",
                     *         "message": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "INTERNAL_SERVER_ERROR",
                     *         "message": "서버 내부 오류가 발생했습니다."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": {
                     *         "code": "DATABASE_UNAVAILABLE",
                     *         "message": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요."
                     *       },
                     *       "timestamp": "2026-01-09T10:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ObjectErrorEnvelope"];
                };
            };
        };
    };
    previewBackupRetention: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backup retention preview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RetentionPreviewView"];
                        /** @enum {string} */
                        message: "Backup retention preview";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRestorePoints: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restore points, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RestorePointView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Backup restore points";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid pagination */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    protectImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Image file name, or its catalog id (all digits) */
                image: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImageProtectionDto"];
            };
        };
        responses: {
            /** @description Backup image updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CatalogImageView"];
                        /** @enum {string} */
                        message: "Backup image updated";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No image of that name or id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "image: 이미지를 찾을 수 없습니다: web01_C_20260109193000_full.ZIA",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Two files have that name (named with their paths) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "image: 같은 이름의 이미지 파일이 여럿입니다 (카탈로그 id로 지정): /backup/a/web01_C_full.ZIA, /backup/b/web01_C_full.ZIA",
                     *       "code": "IMAGE_AMBIGUOUS",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Image file name, or its catalog id (all digits) */
                image: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Backup image deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RemovedImageView"];
                        /** @enum {string} */
                        message: "Backup image deleted";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No image of that name or id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "image: 이미지를 찾을 수 없습니다: web01_C_20260109193000_full.ZIA",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The image is protected, another point needs it (named), or two files have that name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "image: 보호된 이미지는 삭제할 수 없습니다: web01_C_20260109193000_full.ZIA",
                     *       "code": "IMAGE_PROTECTED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Who: a user id or an email. */
                actor?: string;
                /** @description Which agent (agent protocol calls): an agent id or name. */
                agent?: string;
                /** @description What: an action name as the log shows it (`users.update`, `backupJobs.register`). */
                action?: string;
                /** @description From this time on: ISO-8601 (`2026-11-30T14:00:00Z`) or `YYYY-MM-DD HH:mm:ss` in the configured zone. */
                from?: string;
                /** @description Up to this time (same forms as `from`). */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit log */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["AuditEntryView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Audit log";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listNotificationChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notification channels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ChannelView"][];
                        /** @enum {string} */
                        message: "Notification channels";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    createNotificationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelDto"];
            };
        };
        responses: {
            /** @description Notification channel created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CreatedChannelView"];
                        /** @enum {string} */
                        message: "Notification channel created";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid type, target, events or secret */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteNotificationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Channel id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notification channel deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ChannelView"];
                        /** @enum {string} */
                        message: "Notification channel deleted";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Channel id is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "알림 채널 '2'을(를) 찾을 수 없습니다 (id).",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    testNotificationChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Channel id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notification test queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ChannelTestView"];
                        /** @enum {string} */
                        message: "Notification test queued";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Channel id is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown channel */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "알림 채널 '2'을(를) 찾을 수 없습니다 (id).",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listNotificationDeliveries: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                state?: "pending" | "sent" | "failed" | "dead";
                /** @description A channel id: only its deliveries. */
                channel?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notification deliveries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["DeliveryView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Notification deliveries";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid filter or pagination */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listBackupRuns: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description How the run ended. */
                result?: "success" | "warning" | "failed" | "cancelled" | "lost" | "skipped" | "missed";
                /** @description What made the run. */
                trigger?: "schedule" | "manual" | "catch-up" | "retry";
                /** @description Runs created at or after this time (`YYYY-MM-DD HH:mm:ss` in the API's time zone, or ISO-8601). */
                from?: string;
                /** @description Runs created at or before this time (same formats as `from`). */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Backup run list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid filter or pagination */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    runBackupJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 visible ASCII characters */
                "idempotency-key"?: string;
            };
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunNowDto"];
            };
        };
        responses: {
            /** @description The run this Idempotency-Key made before */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"];
                        /** @enum {string} */
                        message: "Backup run queued";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Run queued (trigger manual, state queued) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"];
                        /** @enum {string} */
                        message: "Backup run queued";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid level or Idempotency-Key */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The job has a run that is not done (named in the message) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 작업 'web01_C'에 아직 끝나지 않은 실행(#42, running)이 있습니다.",
                     *       "code": "JOB_ALREADY_RUNNING",
                     *       "detail": {
                     *         "activeRun": {
                     *           "id": 42,
                     *           "state": "running"
                     *         }
                     *       },
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description IDEMPOTENCY_KEY_REUSED: the Idempotency-Key made a run with another request body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "Idempotency-Key: 이 키는 다른 요청 본문으로 이미 실행(#42)을 만들었습니다. 새 요청에는 새 키를 사용하세요.",
                     *       "code": "IDEMPOTENCY_KEY_REUSED",
                     *       "detail": {
                     *         "run": {
                     *           "id": 42
                     *         }
                     *       },
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    verifyBackupJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id (all digits) or job name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRunDto"];
            };
        };
        responses: {
            /** @description Verify run queued (kind verify, state queued) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"];
                        /** @enum {string} */
                        message: "Backup verification queued";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid image */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown job, or no restore point of that image (named in the message) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 백업 작업 'web01_C'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description NOTHING_TO_VERIFY: the job has no restore point; JOB_ALREADY_RUNNING: a run of the job is not done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "name: 이미 존재하는 서버 이름입니다: web01",
                     *       "code": "CONFLICT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getBackupMonitoring: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Only jobs in this health. */
                health?: "ok" | "running" | "waiting-for-agent" | "failed" | "stale" | "never-run" | "paused";
                /** @description Server id or name. */
                server?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Jobs with their health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["MonitoringItemView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Backup monitoring";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid filter or pagination */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown server */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "server: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getBackupRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"];
                        /** @enum {string} */
                        message: "Backup run retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Run id is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 '42'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    cancelBackupRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run after the cancel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"];
                        /** @enum {string} */
                        message: "Backup run cancelled";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Run id is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 '42'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The run has already ended */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 #42은(는) 이미 끝났습니다. (success)",
                     *       "code": "RUN_ALREADY_DONE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getBackupRunLog: {
        parameters: {
            query?: {
                /** @description First line (seq) to return; default 1. */
                start?: number;
                /** @description Lines per answer (default 100, max 1000). */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description Run id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Log lines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunLogPageView"];
                        /** @enum {string} */
                        message: "Backup run log";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid id, start or limit */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 '42'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRecoveries: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recovery jobs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RecoveryView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Recovery job list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid pagination */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    registerRecoveries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRecoveryDto"];
            };
        };
        responses: {
            /** @description One recovery job per partition */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RecoveryRegistrationResult"];
                        /** @enum {string} */
                        message: "Recovery jobs registered";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid body, target partition smaller than the source partition (both sizes named), or OS family mismatch */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown server, partition or point image */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "server: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description NO_RESTORE_POINT (detail: each point and why it does not restore), RECOVERY_IN_PROGRESS (the target partition has an active recovery), RECOVERY_NAME_TAKEN, JOB_ALREADY_RUNNING (the source job runs) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "point: 복원 가능한 지점이 없습니다 (파티션 /). detail에 각 지점의 이유가 있습니다.",
                     *       "code": "NO_RESTORE_POINT",
                     *       "detail": {
                     *         "partitions": [
                     *           {
                     *             "source": "/",
                     *             "points": [
                     *               {
                     *                 "image": "web01_ROOT_[2026-01-09_19_30].ZIA",
                     *                 "time": "2026-01-09 19:30:00",
                     *                 "reason": "web01_ROOT_[2026-01-09_19_30].ZIA is corrupt (verification)"
                     *               }
                     *             ]
                     *           }
                     *         ]
                     *       },
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recovery job id (all digits) or name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recovery job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RecoveryView"];
                        /** @enum {string} */
                        message: "Recovery job retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid identifier */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown recovery job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: '1'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    deleteRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recovery job id (all digits) or name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recovery job as it was */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RecoveryView"];
                        /** @enum {string} */
                        message: "Recovery job deleted";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid identifier */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown recovery job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: '1'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description RECOVERY_IN_PROGRESS: a run of the recovery is not done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 복구 작업 'web01_RECOVERY_ROOT'의 실행 #42이(가) 아직 끝나지 않았습니다.",
                     *       "code": "RECOVERY_IN_PROGRESS",
                     *       "detail": {
                     *         "activeRun": {
                     *           "id": 42,
                     *           "state": "running"
                     *         }
                     *       },
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listRecoveryRuns: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
            };
            header?: never;
            path: {
                /** @description Recovery job id (all digits) or name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Recovery run list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid pagination */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown recovery job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: '1'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    retryRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Recovery job id (all digits) or name */
                identifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Restore run queued (kind restore) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RunView"];
                        /** @enum {string} */
                        message: "Recovery run queued";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid identifier */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the operator role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 operator 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown recovery job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: '1'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description RECOVERY_IN_PROGRESS (a run onto the target partition is active), NO_RESTORE_POINT (the point no longer restores), JOB_ALREADY_RUNNING (the source job runs) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "identifier: 서버 'web01'의 파티션 '/'은(는) 복구 작업 'web01_RECOVERY_ROOT'(실행 #42)이(가) 진행 중입니다.",
                     *       "code": "RECOVERY_IN_PROGRESS",
                     *       "detail": {
                     *         "activeRecovery": {
                     *           "id": 7,
                     *           "name": "web01_RECOVERY_ROOT",
                     *           "run": {
                     *             "id": 42,
                     *             "state": "running"
                     *           }
                     *         }
                     *       },
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description 1-based page number. */
                page?: number;
                /**
                 * @description Items per page (default 20, max 1000). Without `page` and `limit` a list answers at most 1000 items;
                 *     when more match, the answer carries `pagination` (page 1 of 1000 items).
                 */
                limit?: number;
                /** @description Sort direction. */
                sort?: "asc" | "desc";
                /** @description Only the agents of this server (id or name). */
                server?: string;
                /** @description Only online or offline agents. */
                status?: "online" | "offline";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["AgentView"][];
                        /** @description Present when `page` or `limit` was sent. */
                        pagination?: components["schemas"]["PaginationMeta"];
                        /** @enum {string} */
                        message: "Agent list";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid query */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An agent token: these routes take user tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown server */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "server: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    registerAgent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterAgentDto"];
            };
        };
        responses: {
            /** @description Agent registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["RegisteredAgentView"];
                        /** @enum {string} */
                        message: "Agent registered";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown server */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "server: 서버 'web01'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent retrieved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["AgentView"];
                        /** @enum {string} */
                        message: "Agent retrieved";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description The id is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description An agent token: these routes take user tokens */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such agent (or it was revoked) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 에이전트 '5'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    revokeAgent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Agent id */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Agent revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["AgentView"];
                        /** @enum {string} */
                        message: "Agent revoked";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description The id is not a number */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Needs the admin role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 작업에는 admin 권한이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description No such agent (or it was revoked) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 에이전트 '5'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    sendAgentHeartbeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HeartbeatDto"];
            };
        };
        responses: {
            /** @description Heartbeat received */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["HeartbeatView"];
                        /** @enum {string} */
                        message: "Heartbeat received";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, unknown or revoked agent token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "유효하지 않거나 폐기된 에이전트 토큰입니다.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A user token: agent routes take agent tokens only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 경로(/api/agent/…)에는 에이전트 토큰이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    claimAgentRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimRunDto"];
            };
        };
        responses: {
            /** @description The run and what the agent needs for it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ClaimView"];
                        /** @enum {string} */
                        message: "Backup run claimed";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Nothing queued for this server within `wait` seconds */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, unknown or revoked agent token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "유효하지 않거나 폐기된 에이전트 토큰입니다.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A user token: agent routes take agent tokens only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 경로(/api/agent/…)에는 에이전트 토큰이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description AGENT_RUN_LIMIT: the agent already holds AGENT_MAX_ACTIVE_RUNS runs */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "이 에이전트는 이미 최대 실행 수(AGENT_MAX_ACTIVE_RUNS=4)만큼 실행 중입니다. 실행을 끝낸 뒤 다시 요청하세요.",
                     *       "code": "AGENT_RUN_LIMIT",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    reportAgentRunProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunProgressDto"];
            };
        };
        responses: {
            /** @description Backup run progress recorded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ProgressAnswerView"];
                        /** @enum {string} */
                        message: "Backup run progress recorded";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid body or id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, unknown or revoked agent token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "유효하지 않거나 폐기된 에이전트 토큰입니다.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A user token: agent routes take agent tokens only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 경로(/api/agent/…)에는 에이전트 토큰이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 '42'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description RUN_NOT_OWNED or RUN_ALREADY_DONE (e.g. the run was lost) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 #42은(는) 이 에이전트에 할당되지 않았습니다.",
                     *       "code": "RUN_NOT_OWNED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    writeAgentRunLog: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RunLogDto"];
            };
        };
        responses: {
            /** @description Backup run log written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["LogAnswerView"];
                        /** @enum {string} */
                        message: "Backup run log written";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid body or id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, unknown or revoked agent token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "유효하지 않거나 폐기된 에이전트 토큰입니다.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A user token: agent routes take agent tokens only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 경로(/api/agent/…)에는 에이전트 토큰이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 '42'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description RUN_NOT_OWNED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 #42은(는) 이 에이전트에 할당되지 않았습니다.",
                     *       "code": "RUN_NOT_OWNED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    completeAgentRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Run id */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteRunDto"];
            };
        };
        responses: {
            /** @description Backup run completed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["CompletedRunView"];
                        /** @enum {string} */
                        message: "Backup run completed";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid body or id; an image outside the repository or unreadable; IMAGE_OF_ANOTHER_SERVER: the image header names another server than the run */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, unknown or revoked agent token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "유효하지 않거나 폐기된 에이전트 토큰입니다.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description A user token: agent routes take agent tokens only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 경로(/api/agent/…)에는 에이전트 토큰이 필요합니다.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Unknown run */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 '42'을(를) 찾을 수 없습니다.",
                     *       "code": "NOT_FOUND",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description RUN_NOT_OWNED, or RUN_ALREADY_DONE with another result */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "id: 실행 #42은(는) 이 에이전트에 할당되지 않았습니다.",
                     *       "code": "RUN_NOT_OWNED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body larger than BODY_LIMIT_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "요청 본문이 너무 큽니다. (최대 1048576 bytes)",
                     *       "code": "PAYLOAD_TOO_LARGE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Path parameter too long */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "path: 경로 파라미터가 너무 깁니다. (최대 1024자)",
                     *       "code": "URI_TOO_LONG",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Body of a content type the route does not take (send application/json) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "지원하지 않는 Content-Type입니다: text/plain (application/json만 가능)",
                     *       "code": "UNSUPPORTED_MEDIA_TYPE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Health status */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["HealthView"];
                        /** @enum {string} */
                        message: "Health status";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The database does not answer (`detail` has each part) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["LivenessView"];
                        /** @enum {string} */
                        message: "Live";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        success: true;
                        /**
                         * @description UUID v4 minted per request, or the `X-Request-ID` the client sent
                         * @example 2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1
                         */
                        requestID: string;
                        data: components["schemas"]["ReadinessView"];
                        /** @enum {string} */
                        message: "Ready";
                        /** @example 2026-01-09 19:30:00 */
                        timestamp: string;
                    };
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The database does not answer (`detail` has each part) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format 0.0.4 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid input (the message names the field); nothing written */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "colour은(는) 허용되지 않는 필드입니다.",
                     *       "code": "VALIDATION_ERROR",
                     *       "detail": [
                     *         {
                     *           "field": "colour",
                     *           "message": "colour은(는) 허용되지 않는 필드입니다."
                     *         }
                     *       ],
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Missing, invalid or expired token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "인증이 필요합니다. 유효한 토큰을 전달해 주세요.",
                     *       "code": "UNAUTHORIZED",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description The caller may not use this route */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "에이전트 토큰으로는 이 경로를 사용할 수 없습니다. 사용자 토큰을 사용하세요.",
                     *       "code": "FORBIDDEN",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Internal error (logged with the request id) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "서버 내부 오류가 발생했습니다.",
                     *       "code": "INTERNAL_SERVER_ERROR",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /** @description Database unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "success": false,
                     *       "requestID": "2f1c0b0e-8f4e-4b7a-9a52-0c4de5b6f2a1",
                     *       "error": "데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.",
                     *       "code": "DATABASE_UNAVAILABLE",
                     *       "timestamp": "2026-01-09 19:30:00"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
}
