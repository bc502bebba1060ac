package org.wagewatch.rules.facts;

import java.math.BigDecimal;
import org.wagewatch.connectors.feed.ProjectStatus;

/**
 * The project as its registry record in force says, present only once the project is known.
 *
 * @param hasRegisteredWorkers at least one worker registered by now
 */
public record ProjectFacts(
        ProjectStatus status, BigDecimal depositRequired, BigDecimal depositPaid, boolean hasRegisteredWorkers)
        implements Facts {}
