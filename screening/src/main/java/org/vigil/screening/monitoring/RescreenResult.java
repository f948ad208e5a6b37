package org.vigil.screening.monitoring;

/**
 * What one re-screening run did.
 *
 * @param from            the older list version's id
 * @param to              the newer list version's id
 * @param entitiesScreened added and changed entities of the newer version that records were screened against
 * @param recordsScreened monitored records screened
 * @param matches         matches at or above the threshold
 * @param alertsRaised    new alerts (matches already alerted for the same listing raise nothing)
 */
public record RescreenResult(String from, String to, int entitiesScreened, long recordsScreened, long matches,
                             long alertsRaised) {
}
