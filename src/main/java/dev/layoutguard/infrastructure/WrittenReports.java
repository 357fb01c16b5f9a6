package dev.layoutguard.infrastructure;

import dev.layoutguard.application.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The report files a run wrote from the result the cache holds (the one it kept, or the one it was answered from),
 * noted with their stamps ({@link FileStamp}) and the stamp of that cache file, so that the next run answered from
 * the same kept result, for the same project, title and formats, can leave them as they are. Every report file name of the output directory is stamped, written
 * or absent, so a report changed, removed or put there since is written again. The note is made only once the file
 * system's clock has moved past the last write: a change made later cannot leave the same stamp.
 */
public final class WrittenReports {

    private static final String FORMAT = "layoutguard-reports 1";
    private static final int ATTEMPTS = 50;

    private final Path note;
    private final Path cache;
    private final List<Path> files = new ArrayList<>();

    /**
     * @param cacheDirectory  where the cache files and this note go
     * @param name            the name the result is kept under, which names its cache file
     * @param outputDirectory where the report files go
     */
    public WrittenReports(Path cacheDirectory, String name, Path outputDirectory) {
        this.note = cacheDirectory.resolve(name + ".reports");
        this.cache = cacheDirectory.resolve(name + ".cache");
        for (ReportFormat format : ReportFormat.values()) {
            files.add(outputDirectory.resolve(format.fileName()));
        }
    }

    /**
     * Whether the report files are as a run noted them after writing them from the same kept result, with the same
     * project, title and formats ({@code what}); false whenever anything cannot be read.
     */
    public boolean unchanged(List<String> what) {
        try {
            List<String> lines = KeptFile.split(new String(Files.readAllBytes(note), StandardCharsets.UTF_8));
            List<String> now = lines(what);
            if (lines.size() != now.size() || !lines.get(0).equals(FORMAT) || !lines.get(1).equals(now.get(1))) {
                return false;
            }
            for (int i = 2; i < lines.size(); i++) {
                FileStamp was = FileStamp.parse(lines.get(i));
                if (was == null || !was.sameAs(FileStamp.parse(now.get(i)))) {
                    return false;
                }
            }
            return FileStamp.parse(lines.get(2)).type() == 'f';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Notes the report files as they are now, just written from the result the cache holds; when the cache file is
     * missing, or a stamp cannot vouch for a file, removes the note instead. Never fails: a missing note costs the next run a write.
     */
    public void note(List<String> what) {
        try {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                List<String> lines = lines(what);
                List<FileStamp> stamps = lines.subList(2, lines.size()).stream().map(FileStamp::parse).toList();
                if (stamps.get(0).type() != 'f' || stamps.stream().anyMatch(stamp -> !stamp.known())) {
                    break;
                }
                FileReplacement.write(note, (Writer out) -> {
                    for (String line : lines) {
                        out.write(line);
                        out.write('\n');
                    }
                });
                long clock = FileStamp.of(note).modified();
                if (stamps.stream().noneMatch(stamp -> stamp.racy(clock))) {
                    return;
                }
                Thread.sleep(2);
            }
            forget();
        } catch (IOException | RuntimeException e) {
            forget();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            forget();
        }
    }

    /** Removes the note, so that the next run writes the report files. */
    public void forget() {
        try {
            Files.deleteIfExists(note);
        } catch (IOException | RuntimeException e) {
            // a note that cannot be removed still names stamps the rewritten files no longer have
        }
    }

    private List<String> lines(List<String> what) {
        List<String> lines = new ArrayList<>(List.of(FORMAT, KeptFile.line(what.toArray(String[]::new)), FileStamp.of(cache).toString()));
        files.forEach(file -> lines.add(FileStamp.of(file).toString()));
        return lines;
    }
}
