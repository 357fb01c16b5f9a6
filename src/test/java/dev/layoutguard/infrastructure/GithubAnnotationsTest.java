package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

    private static final Report REPORT = new Report("0.1.0", "maven", 3, List.of(
            new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Dockerfile", null, "Docker file in the root",
                    "deploy/docker/Dockerfile", null),
            new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/main/java/shop/domain/Order.java", 7,
                    "imports infrastructure; domain may use only shared", null, "shop.infrastructure.Repository"),
            new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null, "14 files, the limit is 12", null,
                    null)),
            Map.of(), 0, 1);

    @Test
    void printsNothingOutsideGithubActions() {
        GithubAnnotations annotations = new GithubAnnotations(Map.of("CI", "true")::get);

        assertEquals(List.of(), annotations.lines(REPORT, Path.of("/w/shop"), Path.of("/w/shop")));
    }

    @Test
    void printsNothingWhenGithubActionsIsNotTrue() {
        GithubAnnotations annotations = new GithubAnnotations(Map.of("GITHUB_ACTIONS", "false")::get);

        assertEquals(List.of(), annotations.lines(REPORT, Path.of("/w/shop"), Path.of("/w/shop")));
    }

    @Test
    void annotatesEachViolationRelativeToTheExecutionRoot() {
        GithubAnnotations annotations = new GithubAnnotations(Map.of("GITHUB_ACTIONS", "true")::get);

        assertEquals(List.of(
                "::error file=core/Dockerfile,title=LayoutGuard root-prohibited::Docker file in the root "
                        + "(fix: deploy/docker/Dockerfile)",
                "::warning file=core,title=LayoutGuard root-file-count::14 files, the limit is 12",
                "::error file=core/src/main/java/shop/domain/Order.java,line=7,title=LayoutGuard layer-dependency::"
                        + "imports infrastructure; domain may use only shared"),
                annotations.lines(REPORT, Path.of("/w/shop/core"), Path.of("/w/shop")));
    }

    @Test
    void makesPathsRelativeToTheGithubWorkspaceWhenTheProjectIsInside() {
        GithubAnnotations annotations = new GithubAnnotations(Map.of("GITHUB_ACTIONS", "true",
                "GITHUB_WORKSPACE", "/home/runner/work/shop")::get);

        assertEquals("::warning file=backend,title=LayoutGuard root-file-count::14 files, the limit is 12",
                annotations.lines(REPORT, Path.of("/home/runner/work/shop/backend"),
                        Path.of("/home/runner/work/shop/backend")).get(1));
    }

    @Test
    void leavesTheFileOutForTheWorkspaceRootItself() {
        GithubAnnotations annotations = new GithubAnnotations(Map.of("GITHUB_ACTIONS", "true")::get);

        assertEquals("::warning title=LayoutGuard root-file-count::14 files, the limit is 12",
                annotations.lines(REPORT, Path.of("/w/shop"), Path.of("/w/shop")).get(1));
    }

    @Test
    void escapesPercentNewlinesAndInPropertiesColonsAndCommas() {
        Violation odd = new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "a,b:c%d.txt", 2,
                "100% wrong\r\nsecond line: here, too", null, null);

        assertEquals("::error file=a%2Cb%3Ac%25d.txt,line=2,title=LayoutGuard root-allowlist::"
                + "100%25 wrong%0D%0Asecond line: here, too", GithubAnnotations.command(odd, ""));
    }

    @Test
    void aFileNameWithLineBreaksAndEscapeCodesStaysInsideItsOneCommand() {
        Violation hostile = new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR,
                "x\n::stop-commands::t\ny\u001b[2J_GUIDE.md", null, "x\n::stop-commands::t\ny\u001b[2J_GUIDE.md "
                        + "is not allowed\u0007", null, null);

        String command = GithubAnnotations.command(hostile, "");

        assertEquals("::error file=x%0A%3A%3Astop-commands%3A%3At%0Ay\\u001b[2J_GUIDE.md,title=LayoutGuard "
                + "root-allowlist::x%0A::stop-commands::t%0Ay\\u001b[2J_GUIDE.md is not allowed\\u0007", command);
    }

    @Test
    void printsAtMostFiftyPerRule() {
        List<Violation> many = IntStream.rangeClosed(1, 60).mapToObj(i -> new Violation(RuleId.ROOT_ALLOWLIST,
                Severity.ERROR, "f" + i + ".txt", null, "not allowed", null, null)).toList();
        Report report = new Report("0.1.0", "maven", 60, many, Map.of(), 0, 1);

        assertEquals(50, new GithubAnnotations(Map.of("GITHUB_ACTIONS", "true")::get)
                .lines(report, Path.of("/w"), Path.of("/w")).size());
    }
}
