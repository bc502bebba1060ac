-- 002 worker_month and project_day: why the rules decided as they did
--
-- worker_month holds days(w,p,M), expected, paid and the shortfall of every worker-month the wage
-- rules look at, rewritten whenever one changes (latest updatedAt wins). project_day holds each
-- ended day's head count and how many of those workers had no registration by its end.

CREATE TABLE IF NOT EXISTS worker_month (
    projectId String,
    workerId String,
    month Date,
    days UInt16,
    expected Decimal(18, 2),
    paid Decimal(18, 2),
    shortfall Decimal(18, 2),
    registered UInt8,
    updatedAt DateTime('Asia/Shanghai')
) ENGINE = ReplacingMergeTree(updatedAt)
PARTITION BY toYYYYMM(month)
ORDER BY (projectId, month, workerId);

CREATE TABLE IF NOT EXISTS project_day (
    projectId String,
    day Date,
    headCount UInt32,
    unregisteredHeadCount UInt32
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (projectId, day);
