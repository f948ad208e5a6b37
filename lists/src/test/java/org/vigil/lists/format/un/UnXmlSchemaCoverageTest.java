package org.vigil.lists.format.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigil.lists.format.ListInput;
import org.vigil.lists.format.ParsedList;
import org.vigil.lists.format.SecureXml;
import org.vigil.lists.testing.TestData;

/**
 * Walks every element of the three real UN files with a plain StAX reader, independently of the parser, and fails on
 * an element (as parent/child pair) the parser does not know, or on an attribute anywhere but the root: so no field
 * of the real lists can be dropped silently. The counts are those in SOURCE.md / the files themselves.
 */
class UnXmlSchemaCoverageTest {

    static Stream<Arguments> realFiles() {
        Supplier<Path> un2026 = TestData::unBundled;
        Supplier<Path> un2025 = () -> TestData.fixture("un/un_consolidatedLegacyByPRN_2025-08-02.xml");
        Supplier<Path> un2018 = () -> TestData.shared("un_sc_consolidated/un_consolidated_2018-10-29.xml");
        return Stream.of(Arguments.of("2026-02-27", un2026, 1003), Arguments.of("2025-08-02", un2025, 879),
                Arguments.of("2018-10-29", un2018, 1093));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realFiles")
    void everyElementInTheRealFileIsKnownToTheParser(String date, Supplier<Path> file, int records)
            throws Exception {
        Map<String, Integer> pairs = new TreeMap<>();
        Map<String, Integer> attributes = new TreeMap<>();
        Deque<String> stack = new ArrayDeque<>();
        try (InputStream in = Files.newInputStream(file.get())) {
            XMLStreamReader r = SecureXml.reader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    String parent = stack.isEmpty() ? "" : stack.peek();
                    pairs.merge(parent + "/" + name, 1, Integer::sum);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attributes.merge(name + "@" + r.getAttributeLocalName(i), 1, Integer::sum);
                    }
                    stack.push(name);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    stack.pop();
                }
            }
            r.close();
        }
        assertThat(pairs).containsEntry("/CONSOLIDATED_LIST", 1);
        assertThat(pairs.get("INDIVIDUALS/INDIVIDUAL") + pairs.get("ENTITIES/ENTITY")).isEqualTo(records);
        pairs.remove("/CONSOLIDATED_LIST");
        assertThat(pairs.keySet())
                .as("element (parent/child) the parser does not know in the %s file", date)
                .allSatisfy(pair -> {
                    String[] pc = pair.split("/");
                    assertThat(UnSchema.isKnown(pc[0], pc[1])).as(pair).isTrue();
                });
        assertThat(attributes).containsOnlyKeys("CONSOLIDATED_LIST@dateGenerated",
                "CONSOLIDATED_LIST@noNamespaceSchemaLocation");
        // ... and the parser itself reports nothing unknown
        ParsedList parsed = new UnXmlParser().parse(ListInput.of(file.get()), "un-sc");
        assertThat(parsed.entities()).hasSize(records);
        assertThat(parsed.warnings()).noneMatch(w -> w.contains("unknown"));
    }

    @Test
    void elementCountsOfTheBundledFile() throws Exception {
        Map<String, Integer> names = new TreeMap<>();
        try (InputStream in = Files.newInputStream(TestData.unBundled())) {
            XMLStreamReader r = SecureXml.reader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    names.merge(r.getLocalName(), 1, Integer::sum);
                }
            }
            r.close();
        }
        // the counts SOURCE.md states for the 2026-02-27 file
        assertThat(names).containsEntry("INDIVIDUAL", 730).containsEntry("ENTITY", 273)
                .containsEntry("FOURTH_NAME", 166).containsEntry("NAME_ORIGINAL_SCRIPT", 378)
                .containsEntry("INDIVIDUAL_DATE_OF_BIRTH", 919).containsEntry("TYPE_OF_DOCUMENT2", 73)
                .containsEntry("INDIVIDUAL_ALIAS", 2308).containsEntry("ENTITY_ALIAS", 735);
        assertThat(names).hasSize(55); // distinct element names, counted with Python ElementTree
    }
}
