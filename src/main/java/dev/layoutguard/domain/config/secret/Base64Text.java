package dev.layoutguard.domain.config.secret;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Decodes Base64 that stands for text, as a Kubernetes Secret's {@code data} values do. */
final class Base64Text {

    private Base64Text() {
    }

    /**
     * The text the value encodes, or {@code null} when it is not Base64 (line breaks and blanks aside) or does not
     * decode to printable UTF-8 text: a binary value, such as a keystore, is judged as it is written.
     */
    static String decode(String value) {
        StringBuilder compact = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isWhitespace(value.charAt(i))) {
                compact.append(value.charAt(i));
            }
        }
        if (compact.length() == 0) {
            return null;
        }
        String text;
        try {
            byte[] bytes = Base64.getDecoder().decode(compact.toString());
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException notText) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return null;
            }
        }
        return text;
    }
}
