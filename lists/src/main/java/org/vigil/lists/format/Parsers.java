package org.vigil.lists.format;

import org.vigil.lists.format.eu.EuXmlParser;
import org.vigil.lists.format.ftm.FtmJsonParser;
import org.vigil.lists.format.ofac.OfacCsvParser;
import org.vigil.lists.format.ofac.OfacXmlParser;
import org.vigil.lists.format.uae.UaeCsvParser;
import org.vigil.lists.format.uk.UkCsvParser;
import org.vigil.lists.format.un.UnXmlParser;
import org.vigil.lists.format.vigil.VigilCsvParser;
import org.vigil.lists.format.vigil.VigilJsonParser;

/** The parser for each {@link ListFormat}. */
public final class Parsers {
    private Parsers() {
    }

    public static ListParser forFormat(ListFormat format) {
        return switch (format) {
            case UN_XML -> new UnXmlParser();
            case OFAC_CSV -> new OfacCsvParser();
            case FTM_JSON -> new FtmJsonParser();
            case VIGIL_CSV -> new VigilCsvParser();
            case VIGIL_JSON -> new VigilJsonParser();
            case OFAC_XML -> new OfacXmlParser();
            case EU_XML -> new EuXmlParser();
            case UK_CSV -> new UkCsvParser();
            case UAE_CSV -> new UaeCsvParser();
        };
    }
}
