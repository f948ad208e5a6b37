package org.vigil.lists.format;

import java.io.IOException;

/**
 * Reads one list format into entities. Implementations stream their input (StAX, a CSV reader, a JSON token
 * stream): memory grows with the entities produced, never with a DOM or the whole file.
 */
public interface ListParser {

    /**
     * @param input  the file(s) of one publication
     * @param source the source id the entities get (e.g. {@code un-sc}); ids are {@code source:recordId}
     * @throws ListFormatException if the input is not a complete, well-formed file of this format; the message names
     *                             the file, the position and the reason
     */
    ParsedList parse(ListInput input, String source) throws IOException, ListFormatException;
}
