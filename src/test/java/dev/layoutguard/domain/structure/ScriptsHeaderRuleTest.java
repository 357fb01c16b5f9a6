package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Presets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptsHeaderRuleTest {

    private static final String STANDARD = """
            #!/usr/bin/env python3
            # -*- coding: utf-8 -*-
            \"""
            Script: build.py
            Purpose: Build the package
            Usage: python scripts/build/build.py [--dev|--prod]
            \"""
            import sys
            """;

    private final ScriptsHeaderRule rule = new ScriptsHeaderRule();

    @Test
    void acceptsThePlansStandardHeaderInPythonAndShell() {
        Project project = ProjectMother.with(Presets.python())
                .file("scripts/build/build.py", STANDARD)
                .file("scripts/deploy/release.sh", "#!/bin/sh\n# Purpose: release\n# Usage: release.sh 1.2\nset -e\n")
                .file("scripts/test/run.py", "r'''Purpose: run. Usage: run.py'''\n")
                .file("scripts/dev/__init__.py", "")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void flagsAPythonScriptWithoutADocstringOrWithAnIncompleteOne() {
        Project project = ProjectMother.with(Presets.python())
                .file("scripts/dev/a.py", "# Purpose: x\n# Usage: y\nimport os\n")
                .file("scripts/dev/b.py", "\"\"\"Purpose: set up a machine.\"\"\"\n")
                .file("scripts/dev/c.py", "")
                .build();

        assertEquals(List.of(
                Finding.at("scripts/dev/a.py", "Python script without a module docstring; start it with the standard"
                        + " header, a docstring naming Purpose: and Usage:"),
                Finding.at("scripts/dev/b.py", "module docstring lacks Usage: (the standard header names Purpose: and"
                        + " Usage:)"),
                Finding.at("scripts/dev/c.py", "Python script without a module docstring; start it with the standard"
                        + " header, a docstring naming Purpose: and Usage:")),
                rule.check(project));
    }

    @Test
    void readsAShellScriptsHeaderFromItsLeadingComments() {
        Project project = ProjectMother.with(Presets.python())
                .file("scripts/deploy/a.sh", "#!/bin/sh\nset -e\n# Purpose: too late\n# Usage: too late\n")
                .build();

        assertEquals(List.of(Finding.at("scripts/deploy/a.sh", "header comment lacks Purpose: and Usage: (the"
                + " standard header names Purpose: and Usage:)")), rule.check(project));
    }

    @Test
    void looksOnlyAtScriptsInTheScriptsDirectory() {
        Project project = ProjectMother.with(Presets.python())
                .file("src/shop/tool.py", "import os\n")
                .file("scripts/dev/notes.txt", "nothing")
                .paths("scripts/dev/unreadable.py")
                .build();

        assertEquals(List.of(), rule.check(project));
    }
}
