package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import java.util.List;
import java.util.stream.Collectors;

/** Says what an unmirrored unit test lacks, where it looked, and where a source of that name is instead. */
final class MirrorMessage {

    /** How many sources of the same name elsewhere a message names. */
    private static final int ELSEWHERE_SHOWN = 3;

    private final Project project;
    private final TestPolicy policy;
    private final SourceIndex index;

    MirrorMessage(Project project, SourceIndex index) {
        this.project = project;
        this.policy = project.preset().tests();
        this.index = index;
    }

    /** The finding for a unit test that mirrors nothing. */
    Finding unmirrored(TestFile test) {
        String name = RelativePath.name(test.path());
        if (test.subjects().isEmpty()) {
            return Finding.at(test.path(), "unit test " + name + " names nothing to test; name it for what it tests ("
                    + TestPolicy.written(policy.unitTestNames()) + ")");
        }
        String subject = test.subjects().get(0);
        List<SourceIndex.Source> elsewhere = index.named(subject).stream()
                .filter(source -> policy.style() == TestStyle.PYTEST || source.module())
                .toList();
        return policy.style() == TestStyle.JVM ? jvm(test, subject, elsewhere) : python(test, subject, elsewhere);
    }

    private Finding jvm(TestFile test, String subject, List<SourceIndex.Source> elsewhere) {
        String where = test.directory().isEmpty() ? "the default package" : "package " + dotted(test.directory());
        String message;
        if (index.bases().isEmpty()) {
            message = "unit test " + test.stem() + " tests " + subject + ", but there are no main sources ("
                    + String.join(", ", policy.mirrorRoots()) + ")";
        } else if (index.hasPackage(test.directory())) {
            message = "unit test " + test.stem() + " has no class " + subject + " in " + where + " (looked in "
                    + index.bases().stream().map(base -> SourceIndex.under(base, test.directory()) + "/")
                            .collect(Collectors.joining(", ")) + ")";
        } else {
            message = "unit test " + test.stem() + " is in " + where + ", which does not exist in the main sources ("
                    + String.join(", ", index.bases()) + ")";
        }
        if (!elsewhere.isEmpty()) {
            message += "; " + subject + " is in " + shown(elsewhere, source -> (source.directory().isEmpty()
                    ? "the default package" : dotted(source.directory())) + " (" + source.path() + ")")
                    + ": move the test to its package";
        }
        return Finding.at(test.path(), message).withReference(subject);
    }

    private Finding python(TestFile test, String subject, List<SourceIndex.Source> elsewhere) {
        String name = RelativePath.name(test.path());
        List<String> places = index.placesFor(test.directory());
        String looked = places.stream().map(place -> place + "/").collect(Collectors.joining(" or "));
        String message = index.bases().isEmpty()
                ? "unit test " + name + " tests " + subject + ", but " + String.join(", ", policy.mirrorRoots())
                        + " holds no package to mirror"
                : "unit test " + name + " has no module " + subject + ".py or package " + subject + "/ at or below "
                        + looked;
        if (!places.isEmpty() && places.stream().noneMatch(place -> project.tree().hasDirectory(place))) {
            message += ", which does not exist";
        }
        if (elsewhere.isEmpty()) {
            return Finding.at(test.path(), message).withReference(subject);
        }
        message += "; " + subject + " is at "
                + shown(elsewhere, source -> source.module() ? source.path() : source.path() + "/");
        Finding finding = Finding.at(test.path(), message).withReference(subject);
        if (elsewhere.size() > 1) {
            return finding;
        }
        String category = RelativePath.join(test.root(), test.category());
        return finding.withFix(RelativePath.join(SourceIndex.under(category, index.testDirectoryOf(elsewhere.get(0))),
                name));
    }

    private static String shown(List<SourceIndex.Source> sources,
            java.util.function.Function<SourceIndex.Source, String> describe) {
        String shown = sources.stream().limit(ELSEWHERE_SHOWN).map(describe).collect(Collectors.joining(", "));
        return sources.size() > ELSEWHERE_SHOWN ? shown + " and " + (sources.size() - ELSEWHERE_SHOWN) + " more"
                : shown;
    }

    private static String dotted(String directory) {
        return directory.replace('/', '.');
    }
}
