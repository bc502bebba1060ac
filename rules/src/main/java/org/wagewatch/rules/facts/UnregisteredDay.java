package org.wagewatch.rules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * Workers who punched IN on a day without a registration on the project by 00:00 two days later,
 * once that instant has passed (R13).
 */
public record UnregisteredDay(LocalDate day, List<String> workerIds) implements Facts {}
