package dev.layoutguard.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where baselines are kept between runs: read before a check, written by the baseline goal. */
public interface BaselineStore {

    /**
     * The baseline in a file, or empty when there is no file.
     *
     * @throws IOException when the file cannot be read or holds no baseline, saying what is wrong and where
     */
    Optional<Baseline> read(Path file) throws IOException;

    /** Writes a baseline, creating the file's directory. */
    void write(Baseline baseline, Path file) throws IOException;
}
