package org.vigil.lists.format.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.FuzzyDate.Precision;

class OfacDatesTest {

    private static FuzzyDate parse(String text) {
        return OfacDates.parse(text).orElseThrow(() -> new AssertionError("not parsed: " + text));
    }

    @Test
    void exactDay() {
        FuzzyDate d = parse("05 Jun 1950");
        assertThat(d.precision()).isEqualTo(Precision.DAY);
        assertThat(d.earliest()).isEqualTo(LocalDate.of(1950, 6, 5));
        assertThat(d.latest()).isEqualTo(LocalDate.of(1950, 6, 5));
        assertThat(d.approximate()).isFalse();
        assertThat(d.text()).isEqualTo("05 Jun 1950");
    }

    @Test
    void monthAndYear() {
        FuzzyDate m = parse("Jun 1950");
        assertThat(m.precision()).isEqualTo(Precision.MONTH);
        assertThat(m.earliest()).isEqualTo(LocalDate.of(1950, 6, 1));
        assertThat(m.latest()).isEqualTo(LocalDate.of(1950, 6, 30));
        FuzzyDate y = parse("1950");
        assertThat(y.precision()).isEqualTo(Precision.YEAR);
        assertThat(y.canonical()).isEqualTo("1950");
    }

    @Test
    void circaIsApproximateAndKeepsItsPrecision() {
        FuzzyDate c = parse("circa 1960");
        assertThat(c.approximate()).isTrue();
        assertThat(c.precision()).isEqualTo(Precision.YEAR);
        assertThat(c.canonical()).isEqualTo("~1960");
        assertThat(c.text()).isEqualTo("circa 1960");
        FuzzyDate d = parse("circa 07 Jul 1966");
        assertThat(d.precision()).isEqualTo(Precision.DAY);
        assertThat(d.approximate()).isTrue();
    }

    @Test
    void ranges() {
        FuzzyDate years = parse("1960 to 1962");
        assertThat(years.precision()).isEqualTo(Precision.RANGE);
        assertThat(years.canonical()).isEqualTo("1960..1962");
        FuzzyDate days = parse("01 Jan 1961 to 31 Dec 1962");
        assertThat(days.precision()).isEqualTo(Precision.RANGE);
        assertThat(days.earliest()).isEqualTo(LocalDate.of(1961, 1, 1));
        assertThat(days.latest()).isEqualTo(LocalDate.of(1962, 12, 31));
        FuzzyDate months = parse("Mar 1962 to Feb 1963");
        assertThat(months.earliest()).isEqualTo(LocalDate.of(1962, 3, 1));
        assertThat(months.latest()).isEqualTo(LocalDate.of(1963, 2, 28));
        FuzzyDate dash = parse("circa 1979-1982");
        assertThat(dash.canonical()).isEqualTo("~1979..1982");
    }

    @Test
    void fullMonthNamesAndATrailingFullStop() {
        assertThat(parse("10 October 1969").earliest()).isEqualTo(LocalDate.of(1969, 10, 10));
        assertThat(parse("30 Nov 1955.").earliest()).isEqualTo(LocalDate.of(1955, 11, 30));
    }

    @Test
    void unreadableDatesAreEmpty() {
        assertThat(OfacDates.parse("31 Foo 1950")).isEmpty();
        assertThat(OfacDates.parse("31 Feb 1950")).isEmpty();
        assertThat(OfacDates.parse("1962 to 1960")).isEmpty();
        assertThat(OfacDates.parse("0950")).isEmpty();
        assertThat(OfacDates.parse("under the name Dilawar Khan Zain Khan")).isEmpty();
        assertThat(OfacDates.parse("")).isEmpty();
    }

    @Test
    void dayOnlyAcceptsExactDays() {
        assertThat(OfacDates.day("14 Nov 2007")).contains(LocalDate.of(2007, 11, 14));
        assertThat(OfacDates.day("1999")).isEmpty();
        assertThat(OfacDates.day("circa 14 Nov 2007")).isEmpty();
    }
}
