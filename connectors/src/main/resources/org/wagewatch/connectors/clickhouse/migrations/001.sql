-- 001 feeds, rejected records and alerts
--
-- Every table is a ReplacingMergeTree whose ORDER BY is the row's deterministic key, so a batch
-- the job writes twice (after a restart) reads back once with FINAL or argMax.
-- Personal data is masked before it gets here (DOMAIN.md §6): name is the first character and '*',
-- idNumber, bankCardNo and payeeCardNo the last 4 characters.
-- Times are DateTime in Asia/Shanghai (seconds); money is Decimal(18,2); a month is the Date of its
-- first day.

CREATE TABLE IF NOT EXISTS projects (
    projectId String,
    name String,
    districtCode String,
    districtName String,
    constructionUnitCreditCode String,
    constructionUnitName String,
    generalContractorCreditCode String,
    generalContractorName String,
    status String,
    startDate Date,
    plannedEndDate Nullable(Date),
    payDay UInt8,
    laborCostMonthly Decimal(18, 2),
    laborCostDueDay UInt8,
    wageAccountNo String,
    depositRequired Decimal(18, 2),
    depositPaid Decimal(18, 2),
    updatedAt DateTime('Asia/Shanghai')
) ENGINE = ReplacingMergeTree
ORDER BY (projectId, updatedAt);

CREATE TABLE IF NOT EXISTS workers (
    projectId String,
    workerId String,
    name String,
    idNumber String,
    employerCreditCode String,
    employerName String,
    trade String,
    wageType String,
    wageRate Decimal(18, 2),
    bankCardNo String,
    entryDate Date,
    exitDate Nullable(Date),
    updatedAt DateTime('Asia/Shanghai')
) ENGINE = ReplacingMergeTree
ORDER BY (projectId, workerId, updatedAt);

CREATE TABLE IF NOT EXISTS attendance (
    projectId String,
    day Date,
    eventId String,
    workerId String,
    deviceId String,
    direction String,
    time DateTime('Asia/Shanghai'),
    method String
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(day)
ORDER BY (projectId, day, eventId);

CREATE TABLE IF NOT EXISTS payments (
    projectId String,
    paymentId String,
    workerId String,
    period Date,
    amount Decimal(18, 2),
    paidAt DateTime('Asia/Shanghai'),
    status String,
    payeeCardNo String
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(period)
ORDER BY (projectId, paymentId, paidAt, status);

CREATE TABLE IF NOT EXISTS account_txns (
    projectId String,
    txnId String,
    type String,
    amount Decimal(18, 2),
    time DateTime('Asia/Shanghai'),
    accountNo String,
    balanceAfter Nullable(Decimal(18, 2)),
    forPeriod Nullable(Date)
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(time)
ORDER BY (projectId, txnId, time);

CREATE TABLE IF NOT EXISTS complaints (
    complaintId String,
    receivedAt DateTime('Asia/Shanghai'),
    projectId String,
    channel String,
    workerCount UInt32,
    amountClaimed Decimal(18, 2),
    summary String
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(receivedAt)
ORDER BY (complaintId, receivedAt);

CREATE TABLE IF NOT EXISTS rejected_records (
    feed String,
    topic String,
    kafkaPartition Int32,
    kafkaOffset Int64,
    file String,
    line Int64,
    receivedAt DateTime('Asia/Shanghai'),
    reason String,
    raw String
) ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMM(receivedAt)
ORDER BY (feed, topic, kafkaPartition, kafkaOffset, file, line);

CREATE TABLE IF NOT EXISTS alerts (
    alertId String,
    ruleId String,
    ruleName String,
    level String,
    status String,
    projectId String,
    projectName String,
    districtCode String,
    period String,
    affectedWorkers UInt32,
    amount Decimal(18, 2),
    detectedAt DateTime('Asia/Shanghai'),
    updatedAt DateTime('Asia/Shanghai'),
    version UInt64,
    evidence String
) ENGINE = ReplacingMergeTree(version)
ORDER BY alertId;
