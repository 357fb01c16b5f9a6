package dev.layoutguard.presentation.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.layoutguard.presentation.ParameterNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A TOML file ({@code pyproject.toml}, {@code config/layoutguard.toml}) read into parameters. */
final class TomlFile {

    private final JsonNode document;

    private TomlFile(JsonNode document) {
        this.document = document;
    }

    /** Reads a file; TOML that does not parse is an error naming the file, the line and the column. */
    static TomlFile read(Path file) throws ConfigurationError {
        try {
            return new TomlFile(new TomlMapper().readTree(file.toFile()));
        } catch (JacksonException e) {
            throw new ConfigurationError("Cannot read " + file + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"), e);
        } catch (IOException e) {
            throw new ConfigurationError("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The table at a path of keys ({@code tool}, {@code layoutguard}), when the file has it. */
    Optional<ParameterNode> table(String... keys) {
        JsonNode node = document;
        for (String key : keys) {
            node = node == null ? null : node.get(key);
        }
        return node == null || !node.isObject() ? Optional.empty()
                : Optional.of(parameter(keys.length == 0 ? "" : keys[keys.length - 1], node));
    }

    private static ParameterNode parameter(String name, JsonNode node) {
        List<ParameterNode> children = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                children.add(parameter(field.getKey(), field.getValue()));
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                children.add(parameter(name, item));
            }
        } else {
            return ParameterNode.of(name, node.asText());
        }
        return new ParameterNode(name, null, children);
    }
}
