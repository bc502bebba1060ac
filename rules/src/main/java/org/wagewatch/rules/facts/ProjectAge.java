package org.wagewatch.rules.facts;

/**
 * How long the site has run (R08), present only once the project is known.
 *
 * @param daysSinceStart whole days from 00:00 of startDate to now
 */
public record ProjectAge(long daysSinceStart) implements Facts {}
