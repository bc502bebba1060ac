package org.wagewatch.connectors.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A version of a project in the registry (在建项目); the latest {@code updatedAt} wins. */
public record Project(
        String projectId,
        String name,
        String districtCode,
        String districtName,
        Party constructionUnit,
        Party generalContractor,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate plannedEndDate,
        int payDay,
        BigDecimal laborCostMonthly,
        int laborCostDueDay,
        String wageAccountNo,
        BigDecimal depositRequired,
        BigDecimal depositPaid,
        Instant updatedAt)
        implements FeedEvent {

    @Override
    public Feed feed() {
        return Feed.PROJECTS;
    }

    @Override
    public Instant eventTime() {
        return updatedAt;
    }
}
