package org.wagewatch.rules.facts;

import java.time.LocalDate;

/**
 * The site's current silence (R08).
 *
 * @param firstSilentDay F: the day after the last attendance day, or if there never was one, the
 *     later of startDate and the day the first worker was registered
 * @param silentDays whole days from 00:00 of F to now
 */
public record SilentSpell(LocalDate firstSilentDay, long silentDays) implements Facts {}
