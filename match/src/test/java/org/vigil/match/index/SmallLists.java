package org.vigil.match.index;

import java.util.List;
import org.vigil.lists.model.Entity;
import org.vigil.lists.model.EntityId;
import org.vigil.lists.model.FuzzyDate;
import org.vigil.lists.model.Gender;
import org.vigil.lists.model.NameKind;
import org.vigil.lists.testing.Entities;

/** A handful of hand-made records (modelled on the UN and OFAC entries) and an index over them. */
final class SmallLists {

    static final EntityId SAEED = EntityId.parse("un-sc:QDi.263");
    static final EntityId LAKHVI = EntityId.parse("un-sc:QDi.264");
    static final EntityId LET = EntityId.parse("un-sc:QDe.118");
    static final EntityId LAKHVI_OFAC = EntityId.parse("us-ofac-sdn:10690");
    static final EntityId LET_OFAC = EntityId.parse("us-ofac-sdn:7140");
    static final EntityId YASIN = EntityId.parse("un-sc:QDi.900");
    static final EntityId QASIMI = EntityId.parse("un-sc:QDi.901");
    static final EntityId MUSTAFA = EntityId.parse("un-sc:QDi.902");
    static final EntityId BARI = EntityId.parse("us-ofac-sdn:2001");
    static final EntityId ACME = EntityId.parse("us-ofac-sdn:3000");

    static final List<Entity> ENTITIES = List.of(
            Entities.person(SAEED.toString(), "Hafiz Muhammad Saeed")
                    .name("SAEED, Hafiz Mohammad", NameKind.STRONG_ALIAS)
                    .gender(Gender.MALE).birthDate(FuzzyDate.day(1950, 6, 5)).nationality("PK").build(),
            Entities.person(LAKHVI.toString(), "Zaki-ur-Rehman Lakhvi")
                    .name("Zakiur Rehman Lakhvi", NameKind.STRONG_ALIAS).nationality("PK").build(),
            Entities.org(LET.toString(), "Lashkar-e-Tayyiba")
                    .name("Jamaat-ud-Dawa", NameKind.STRONG_ALIAS)
                    .name("Falah-i-Insaniat Foundation (FIF)", NameKind.STRONG_ALIAS).country("PK").build(),
            Entities.person(LAKHVI_OFAC.toString(), "LAKHVI, Zakiur Rehman").build(),
            Entities.org(LET_OFAC.toString(), "LASHKAR E-TAYYIBA").build(),
            Entities.person(YASIN.toString(), "Abdul Rahman Yasin").build(),
            Entities.person(QASIMI.toString(), "Abdulkarim Al-Qasimi").build(),
            Entities.person(MUSTAFA.toString(), "Mustafa Kamel Mustafa")
                    .name("Abu Hamza Al-Masri", NameKind.WEAK_ALIAS).build(),
            Entities.person(BARI.toString(), "Adel Abdul Bari")
                    .name("Abu Hamza Al-Masri", NameKind.STRONG_ALIAS).build(),
            Entities.org(ACME.toString(), "ACME TRADING LLC").build(),
            Entities.person("un-sc:QDi.910", "Muhammad Ali Khan").build(),
            Entities.person("un-sc:QDi.911", "Muhammad Yusuf").build(),
            Entities.person("un-sc:QDi.912", "Muhammad Ibrahim").build(),
            Entities.person("us-ofac-sdn:4001", "Muhammad Omar").build(),
            Entities.person("us-ofac-sdn:4002", "Ahmad Muhammad Rashid").build(),
            Entities.person("us-ofac-sdn:4003", "Christina Hermann").build());

    static final MatchIndex INDEX = MatchIndex.build(ENTITIES);

    private SmallLists() {
    }
}
