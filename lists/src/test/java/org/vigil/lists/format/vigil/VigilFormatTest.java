package org.vigil.lists.format.vigil;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.lists.format.ListFormat;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.IdentityDocument;
import org.vigil.lists.model.Link;
import org.vigil.lists.model.Name;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.model.Place;
import org.vigil.lists.model.Schema;
import org.vigil.lists.testing.TestData;

/** The example files of docs/watchlist-format.md (fixtures/vigil): every field reaches the model. */
class VigilFormatTest {
    private static final Path CSV = TestData.fixture("vigil/watchlist.csv");
    private static final Path JSON = TestData.fixture("vigil/watchlist.jsonl");
    private static ParsedList csv;
    private static ParsedList json;

    @BeforeAll
    static void parse() throws Exception {
        csv = new VigilCsvParser().parse(ListInput.of(CSV), "internal");
        json = new VigilJsonParser().parse(ListInput.of(JSON), "internal");
    }

    private static EntityId id(String id) {
        return new EntityId("internal", id);
    }

    private static Link link(String id) {
        return new Link(Link.Type.LINKED_TO, id, Optional.of(id(id)), "linked_to: " + id);
    }

    @Test
    void theCsvExampleHasFiveRecordsInFileOrder() {
        assertThat(csv.source()).isEqualTo("internal");
        assertThat(csv.format()).isEqualTo(ListFormat.VIGIL_CSV);
        assertThat(csv.published()).isEmpty();
        assertThat(csv.warnings()).isEmpty();
        assertThat(csv.entities()).extracting(Entity::id)
                .containsExactly(id("C-001"), id("C-002"), id("C-003"), id("C-004"), id("C-005"));
    }

    @Test
    void aPersonWithEveryField() {
        Entity e = csv.entities().get(0);
        assertThat(e).isEqualTo(new Entity(id("C-001"), Schema.PERSON,
                List.of(new Name("John Quincy EXAMPLE", NameKind.PRIMARY),
                        new Name("Johnny Example", NameKind.STRONG_ALIAS),
                        new Name("Джон Экзампл", NameKind.STRONG_ALIAS),
                        new Name("J.Q.", NameKind.WEAK_ALIAS),
                        new Name("John SAMPLE", NameKind.FORMER_NAME)),
                Gender.MALE,
                List.of(FuzzyDate.day(1970, 5, 12), FuzzyDate.year(1971)),
                List.of(Place.ofText("Springfield, United States", Optional.of("US"))),
                List.of("US", "CA"),
                List.of(),
                List.of(),
                List.of(new IdentityDocument(IdentityDocument.Type.PASSPORT, "passport", "X1234567", Optional.of("US")),
                        new IdentityDocument(IdentityDocument.Type.TAX_ID, "tax-id", "123-45-6789", Optional.empty())),
                List.of("Internal fraud watch"),
                Optional.of(LocalDate.of(2024, 3, 1)),
                Optional.empty(),
                List.of("Former employee; dismissed 2023, see case 17"),
                List.of(link("C-002")),
                java.util.Map.of()));
        assertThat(e.names().get(2).script()).isEqualTo("Cyrillic");
    }

    @Test
    void anOrganisationAVesselAnAircraftAndAPersonWithApproximateDates() {
        Entity org = csv.entities().get(1);
        assertThat(org.schema()).isEqualTo(Schema.ORGANIZATION);
        assertThat(org.names()).containsExactly(new Name("Acme Shell Trading Ltd", NameKind.PRIMARY),
                new Name("Acme Trading", NameKind.STRONG_ALIAS), new Name("Acme Holdings", NameKind.FORMER_NAME));
        assertThat(org.countries()).containsExactly("CY", "MT");
        assertThat(org.documents()).containsExactly(new IdentityDocument(IdentityDocument.Type.COMPANY_REGISTRATION,
                "company-registration", "HE 123456", Optional.of("CY")));
        assertThat(org.programmes()).containsExactly("Internal fraud watch", "Supplier vetting");
        assertThat(org.remarks()).containsExactly("Registered agent changed in 2024");
        assertThat(org.links()).containsExactly(link("C-001"));

        Entity vessel = csv.entities().get(2);
        assertThat(vessel.schema()).isEqualTo(Schema.VESSEL);
        assertThat(vessel.names()).containsExactly(new Name("EXAMPLE STAR", NameKind.PRIMARY),
                new Name("Example Star I", NameKind.STRONG_ALIAS), new Name("Star of Example", NameKind.FORMER_NAME));
        assertThat(vessel.countries()).containsExactly("PA");
        assertThat(vessel.documents()).containsExactly(
                new IdentityDocument(IdentityDocument.Type.VESSEL_IMO, "vessel-imo", "IMO 9999999", Optional.empty()),
                new IdentityDocument(IdentityDocument.Type.OTHER, "mmsi", "352000000", Optional.empty()));
        assertThat(vessel.listedOn()).contains(LocalDate.of(2025, 1, 15));
        assertThat(vessel.remarks()).isEmpty();

        Entity aircraft = csv.entities().get(3);
        assertThat(aircraft.schema()).isEqualTo(Schema.AIRCRAFT);
        assertThat(aircraft.documents()).containsExactly(new IdentityDocument(
                IdentityDocument.Type.AIRCRAFT_REGISTRATION, "aircraft-registration", "EP-XMP", Optional.empty()));
        assertThat(aircraft.countries()).containsExactly("IR");
        assertThat(aircraft.remarks()).containsExactly("Airbus A310");
        assertThat(aircraft.links()).isEmpty();

        Entity maria = csv.entities().get(4);
        assertThat(maria.gender()).isEqualTo(Gender.FEMALE);
        assertThat(maria.names()).containsExactly(new Name("Maria EXEMPLAR", NameKind.PRIMARY),
                new Name("Mia", NameKind.WEAK_ALIAS));
        assertThat(maria.birthDates()).containsExactly(FuzzyDate.year(1980).approx(), FuzzyDate.years(1965, 1969));
        assertThat(maria.birthDates()).extracting(FuzzyDate::canonical).containsExactly("~1980", "1965..1969");
        assertThat(maria.nationalities()).containsExactly("IT");
        assertThat(maria.programmes()).containsExactly("Customer risk");
        assertThat(maria.listedOn()).contains(LocalDate.of(2025, 6, 30));
    }

    @Test
    void theJsonLinesExampleGivesExactlyTheSameEntities() {
        assertThat(json.format()).isEqualTo(ListFormat.VIGIL_JSON);
        assertThat(json.warnings()).isEmpty();
        assertThat(json.entities()).isEqualTo(csv.entities());
    }
}
