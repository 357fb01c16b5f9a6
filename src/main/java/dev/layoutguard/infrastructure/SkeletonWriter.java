package dev.layoutguard.infrastructure;

import dev.layoutguard.application.ProjectSkeleton;
import dev.layoutguard.application.SkeletonEntry;
import dev.layoutguard.domain.RelativePath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates the missing parts of a project skeleton: each missing directory with its stub files, each missing file.
 * Nothing that exists is touched, nothing is overwritten, and nothing is created outside the project, links
 * included.
 */
public final class SkeletonWriter {

    /**
     * Creates what is missing.
     *
     * @throws IOException when a directory or file cannot be created; what was created before stays
     */
    public ProjectSkeleton.Outcome write(Path project, List<SkeletonEntry> skeleton) throws IOException {
        Path root = project.toRealPath();
        List<String> created = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        for (SkeletonEntry entry : skeleton) {
            Path target = NativeNames.path(root, entry.path());
            String shown = entry.path() + (entry.directory() ? "/" : "");
            Path parent = target.getParent();
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (entry.directory() != Files.isDirectory(target)) {
                    blocked.add(shown + ": a " + (entry.directory() ? "file" : "directory") + " of that name exists");
                } else {
                    existing.add(shown);
                }
                continue;
            }
            if (!Files.isDirectory(parent)) {
                blocked.add(shown + ": " + RelativePath.parent(entry.path()) + "/ is not a directory");
                continue;
            }
            if (!parent.toRealPath().startsWith(root)) {
                blocked.add(shown + ": " + RelativePath.parent(entry.path()) + "/ leads out of the project through a "
                        + "link");
                continue;
            }
            if (entry.directory()) {
                Files.createDirectory(target);
                created.add(shown);
                for (Map.Entry<String, String> stub : entry.files().entrySet()) {
                    create(target.resolve(stub.getKey()), stub.getValue());
                    created.add(entry.path() + "/" + stub.getKey());
                }
            } else {
                create(target, entry.text());
                created.add(shown);
            }
        }
        return new ProjectSkeleton.Outcome(created, existing, blocked);
    }

    private static void create(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
}
