package dev.layoutguard.domain.config.secret;

/**
 * Reads the key-value shapes of XML configuration line by line: elements whose text sits on one line
 * ({@code <password>...</password>}, keyed by a {@code key} or {@code name} attribute when there is one, as in
 * {@code <entry key="db.password">}; the text may be a {@code <![CDATA[...]]>} section), attributes
 * ({@code password="..."}, keyed {@code element.attribute}), and {@code name}/{@code value} attribute pairs
 * ({@code <property name="password" value="..."/>}). Comments are skipped. XML is read leniently: nothing in it is a
 * syntax problem.
 */
final class XmlScanner {

    private static final String CDATA = "<![CDATA[";

    private XmlScanner() {
    }

    static ParsedConfig scan(String text) {
        return scan(new TextLines(text));
    }

    static ParsedConfig scan(TextLines lines) {
        ParsedConfig out = new ParsedConfig();
        boolean comment = false;
        for (int i = 0; i < lines.count(); i++) {
            String line = lines.line(i);
            int pos = 0;
            while (pos < line.length()) {
                if (comment) {
                    int end = line.indexOf("-->", pos);
                    if (end < 0) {
                        break;
                    }
                    pos = end + 3;
                    comment = false;
                    continue;
                }
                int open = line.indexOf('<', pos);
                if (open < 0) {
                    break;
                }
                if (line.startsWith("<!--", open)) {
                    comment = true;
                    pos = open + 4;
                    continue;
                }
                pos = element(line, open, i + 1, out);
            }
        }
        return out;
    }

    /** Reads the element starting at {@code open}; returns where to go on. */
    private static int element(String line, int open, int number, ParsedConfig out) {
        int end = open + 1;
        while (end < line.length() && isNameChar(line.charAt(end))) {
            end++;
        }
        if (end == open + 1) {
            return open + 1;
        }
        String name = line.substring(open + 1, end);
        // the last value of each attribute the key-value pair reads, as a map of every attribute would hold it
        String keyAttribute = null;
        String nameAttribute = null;
        String valueAttribute = null;
        int pos = end;
        while (true) {
            while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
                pos++;
            }
            if (pos >= line.length() || line.charAt(pos) == '>' || line.startsWith("/>", pos)) {
                break;
            }
            int attributeEnd = pos;
            while (attributeEnd < line.length() && isNameChar(line.charAt(attributeEnd))) {
                attributeEnd++;
            }
            int equals = attributeEnd;
            while (equals < line.length() && line.charAt(equals) == ' ') {
                equals++;
            }
            int quote = equals + 1;
            while (quote < line.length() && line.charAt(quote) == ' ') {
                quote++;
            }
            if (attributeEnd == pos || equals >= line.length() || line.charAt(equals) != '=' || quote >= line.length()
                    || line.charAt(quote) != '"' && line.charAt(quote) != '\'') {
                return Math.max(pos, open + 1);
            }
            int close = line.indexOf(line.charAt(quote), quote + 1);
            if (close < 0) {
                return line.length();
            }
            String attribute = line.substring(pos, attributeEnd);
            String value = line.substring(quote + 1, close);
            switch (attribute) {
                case "key" -> keyAttribute = value;
                case "name" -> nameAttribute = value;
                case "value" -> valueAttribute = value;
                default -> {
                }
            }
            out.assign(number, number, name + "." + attribute, value);
            pos = close + 1;
        }
        String key = keyAttribute != null ? keyAttribute : nameAttribute;
        if (key != null && valueAttribute != null) {
            out.assign(number, number, key, valueAttribute);
        }
        if (pos >= line.length() || line.charAt(pos) != '>') {
            return Math.min(line.length(), pos + 2);
        }
        int textStart = pos + 1;
        int textEnd = line.indexOf('<', textStart);
        String text = textEnd < 0 ? null : line.substring(textStart, textEnd);
        if (line.startsWith(CDATA, textStart)) {
            int close = line.indexOf("]]>", textStart + CDATA.length());
            text = close < 0 ? null : line.substring(textStart + CDATA.length(), close);
            textEnd = close < 0 ? -1 : close + 3;
        }
        if (text != null && line.startsWith("</" + name, textEnd)) {
            out.assign(number, number, key != null ? key : name, text.strip());
        }
        return pos + 1;
    }

    private static boolean isNameChar(char c) {
        return TextLines.isWordChar(c) || c == '_' || c == '-' || c == '.' || c == ':';
    }
}
