package org.vigil.app.web.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.vigil.app.json.Json;
import org.vigil.match.Explanation;

/**
 * Why a name matched, as the pages show it: each query token with the listed token it aligned with, the rule, the
 * similarity and the token's weight; then each attribute (date of birth, country, type) that moved the score.
 */
public record ExplanationView(List<Token> tokens, List<Attribute> attributes) {

    public record Token(String query, String listed, String rule, String similarity, String weight) {
    }

    public record Attribute(String attribute, String delta, String reason) {
    }

    public ExplanationView {
        tokens = List.copyOf(tokens);
        attributes = List.copyOf(attributes);
    }

    public boolean isEmpty() {
        return tokens.isEmpty() && attributes.isEmpty();
    }

    static ExplanationView of(Explanation e) {
        List<Token> tokens = new ArrayList<>();
        for (Explanation.TokenAlignment t : e.tokens()) {
            tokens.add(token(t.query(), t.listed(), t.rule(), t.similarity(), t.weight()));
        }
        List<Attribute> attributes = new ArrayList<>();
        for (Explanation.AttributeEffect a : e.attributes()) {
            attributes.add(new Attribute(label(a.attribute()), Views.signed(a.delta()), a.reason()));
        }
        return new ExplanationView(tokens, attributes);
    }

    /**
     * An explanation stored as JSON with an alert: {@code {"explanation": {"tokens": [...], "attributes": [...]}}} as
     * re-screening writes it, or the API's array of token and attribute objects. Empty if it has neither shape.
     */
    static ExplanationView ofJson(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return new ExplanationView(List.of(), List.of());
        }
        JsonNode x = root.has("explanation") ? root.get("explanation") : root;
        List<Token> tokens = new ArrayList<>();
        List<Attribute> attributes = new ArrayList<>();
        if (x.isObject()) {
            x.path("tokens").forEach(t -> tokens.add(token(t)));
            x.path("attributes").forEach(a -> attributes.add(attribute(a)));
        } else if (x.isArray()) {
            for (JsonNode n : x) {
                if (n.has("attribute")) {
                    attributes.add(attribute(n));
                } else {
                    tokens.add(token(n));
                }
            }
        }
        return new ExplanationView(tokens, attributes);
    }

    private static Token token(JsonNode t) {
        return token(t.path("query").asText(""), t.path("listed").asText(""), t.path("rule").asText(""),
                t.path("similarity").asDouble(), t.path("weight").asDouble());
    }

    private static Attribute attribute(JsonNode a) {
        return new Attribute(label(a.path("attribute").asText("")), Views.signed(a.path("delta").asDouble()),
                a.path("reason").asText(""));
    }

    private static Token token(String query, String listed, String rule, double similarity, double weight) {
        boolean unmatched = rule.equals("unmatched");
        return new Token(side(query), side(listed), rule, unmatched ? "-" : Views.two(similarity),
                Views.score(weight));
    }

    private static String side(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    private static String label(String attribute) {
        return switch (attribute) {
            case "birthDate" -> "date of birth";
            default -> attribute;
        };
    }
}
