package dev.layoutguard.domain.config.secret;

/**
 * Reads a JSON document (comments tolerated, as in {@code tsconfig.json}) into assignments with dotted key paths;
 * an unclosed string or bracket, a missing separator or text after the document is a syntax problem.
 */
final class JsonScanner {

    private JsonScanner() {
    }

    static ParsedConfig scan(TextLines lines) {
        return scan(lines.text());
    }

    static ParsedConfig scan(String text) {
        ParsedConfig out = new ParsedConfig();
        if (text.isBlank()) {
            return out;
        }
        FlowParser parser = new FlowParser(text, 0, 1, FlowParser.Dialect.JSON, out);
        if (parser.value("") && !parser.atEnd()) {
            out.problem(parser.line(), "text follows the end of the JSON document");
        }
        return out;
    }
}
