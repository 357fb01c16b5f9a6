package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.ChangedPaths;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.presentation.Wiring;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The check commands ({@code check}, {@code check-root}, ...): run the rules of their families on the whole tree,
 * print the violations as the plugin does, write the reports, and exit 1 when the run fails. With {@code --changed}
 * or {@code --since}, only violations on changed paths are reported.
 */
@Command(mixinStandardHelpOptions = true, sortOptions = false)
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ProjectOptions project;

    @Option(names = "--changed", description = "Reports only violations on paths changed against HEAD: staged, "
            + "unstaged and untracked. The rules still see the whole tree.")
    boolean changed;

    @Option(names = "--since", paramLabel = "REF", description = "Reports only violations on paths changed since "
            + "the branch point with REF (origin/main, a tag, a commit), committed or not.")
    String since;

    private final Set<RuleFamily> families;
    private final Terminal terminal;

    CheckCommand(Set<RuleFamily> families, Terminal terminal) {
        this.families = families;
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Optional<ProjectOptions.Run> opened = project.open(terminal);
        if (opened.isEmpty()) {
            return LayoutGuardCommand.PASSED;
        }
        LayoutSession run = opened.get().session();
        Selection selection = run.selection(families);
        opened.get().output().selection(selection);
        if (!changed && since == null) {
            return LayoutGuardCommand.publish(opened.get().output(), run.check(selection), terminal, null);
        }
        AtomicInteger changes = new AtomicInteger();
        ChangedPaths.Source source = Wiring.changes(run.settings().build().directory(), since);
        LayoutSession.Outcome outcome = run.check(selection, tree -> {
            ChangedPaths paths = source.of(tree);
            changes.set(paths.paths().size());
            return paths;
        });
        int count = changes.get();
        return LayoutGuardCommand.publish(opened.get().output(), outcome, terminal,
                "Reporting violations on " + count + " changed " + (count == 1 ? "path" : "paths") + " only ("
                        + (since == null ? "against HEAD" : "since " + since)
                        + "); the layout health needs a full check");
    }
}
