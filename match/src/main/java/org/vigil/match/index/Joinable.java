package org.vigil.match.index;

import org.vigil.match.analysis.TokenKind;

/** Which tokens may be joined with their neighbours ("abdul" + "rahman", "zaki" + "ur"): names and particles. */
final class Joinable {
    private Joinable() {
    }

    static boolean joinable(TokenKind kind) {
        return kind == TokenKind.NAME || kind == TokenKind.PARTICLE;
    }
}
