package dev.layoutguard.presentation.cli;

import dev.layoutguard.application.settings.Setting;
import dev.layoutguard.presentation.RuleExplanation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Prints a rule's documentation page, or every rule when none is named. Needs no project. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints what a rule checks, why, how to fix a violation and how to configure it; lists every "
                + "rule when none is named.")
final class ExplainCommand implements Callable<Integer> {

    private static final Setting RULE = Setting.named("rule");

    @Parameters(index = "0", arity = "0..1", paramLabel = "RULE", description = "A rule id, such as root-prohibited.")
    String rule;

    private final Terminal terminal;

    ExplainCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (rule == null || rule.isBlank()) {
            RuleExplanation.rules("layoutguard explain <id>").forEach(terminal.out()::println);
        } else {
            RuleExplanation.of(RULE.ruleId(rule)).forEach(terminal.out()::println);
        }
        return LayoutGuardCommand.PASSED;
    }
}
