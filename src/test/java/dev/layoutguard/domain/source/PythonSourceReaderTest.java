package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonSourceReaderTest {

    /** The imports of a module of the package {@code shop.domain}, relative ones made absolute. */
    private static List<String> imports(String source) {
        return imports(source, "shop.domain");
    }

    private static List<String> imports(String source, String filePackage) {
        return PythonSourceReader.read(source, new NamePool(0)).referencesFrom(filePackage).stream()
                .map(reference -> reference.line() + " " + reference.kind() + " " + reference.name())
                .toList();
    }

    @Test
    void readsImportAndFromImportStatements() {
        String source = """
                import os
                import shop.infrastructure.db as db, shop.shared
                from shop.infrastructure import repo, session as s
                from shop import infrastructure
                from shop.application.services import *
                """;

        assertEquals(List.of(
                "1 IMPORT os",
                "2 IMPORT shop.infrastructure.db",
                "2 IMPORT shop.shared",
                "3 IMPORT shop.infrastructure",
                "3 IMPORTED_NAME shop.infrastructure.repo",
                "3 IMPORTED_NAME shop.infrastructure.session",
                "4 IMPORT shop",
                "4 IMPORTED_NAME shop.infrastructure",
                "5 IMPORT shop.application.services"), imports(source));
    }

    @Test
    void resolvesRelativeImportsAgainstTheFilesPackage() {
        String source = """
                from ..infrastructure.db import Repo
                from . import model
                from .model import Order
                from .. import application
                from .... import too_far
                """;

        assertEquals(List.of(
                "1 IMPORT shop.infrastructure.db",
                "1 IMPORTED_NAME shop.infrastructure.db.Repo",
                "2 IMPORT shop.domain",
                "2 IMPORTED_NAME shop.domain.model",
                "3 IMPORT shop.domain.model",
                "3 IMPORTED_NAME shop.domain.model.Order",
                "4 IMPORT shop",
                "4 IMPORTED_NAME shop.application"), imports(source));
    }

    @Test
    void leavesOutRelativeImportsOfATopLevelModule() {
        assertEquals(List.of(), imports("from . import x\nfrom ..y import z\n", ""));
    }

    @Test
    void readsParenthesisedContinuedAndNestedImports() {
        String source = """
                from shop.infrastructure import (
                    repo,  # the repository
                    session as s,
                )
                import shop.infrastructure.cache, \\
                    shop.presentation
                from typing import TYPE_CHECKING
                if TYPE_CHECKING:
                    from shop.infrastructure.db import Jdbc
                def lazy():
                    import shop.infrastructure.mail
                    try: import shop.presentation.cli
                    except ImportError: pass
                x = 1; import shop.application
                """;

        assertEquals(List.of(
                "1 IMPORT shop.infrastructure",
                "2 IMPORTED_NAME shop.infrastructure.repo",
                "3 IMPORTED_NAME shop.infrastructure.session",
                "5 IMPORT shop.infrastructure.cache",
                "6 IMPORT shop.presentation",
                "7 IMPORT typing",
                "7 IMPORTED_NAME typing.TYPE_CHECKING",
                "9 IMPORT shop.infrastructure.db",
                "9 IMPORTED_NAME shop.infrastructure.db.Jdbc",
                "11 IMPORT shop.infrastructure.mail",
                "12 IMPORT shop.presentation.cli",
                "14 IMPORT shop.application"), imports(source));
    }

    @Test
    void neverReadsCommentsStringsDocstringsOrFStrings() {
        String source = """
                '''Module docstring.
                import shop.infrastructure
                '''
                # import shop.infrastructure
                def f(value, err):
                    \"""from shop.infrastructure import repo\"""
                    a = "import shop.infrastructure"; b = 'from shop.infrastructure import x'
                    c = rb'import shop.infrastructure' + BR"\\" import shop.infrastructure" + u'\\''
                    d = f"{value:#x} import shop.infrastructure {'}'} {value!r:>{10}} {{import shop.infrastructure}}"; import shop.presentation
                    e = f"{f"{value["key"]}"} import shop.infrastructure"; import shop.presentation.cli
                    g = f'''{
                        value  # a comment in a replacement field
                    } import shop.infrastructure'''; import shop.presentation.web
                    h = __import__("shop.infrastructure")
                    yield from value
                    raise ValueError() from err
                import shop.application
                """;

        assertEquals(List.of("9 IMPORT shop.presentation", "10 IMPORT shop.presentation.cli",
                "13 IMPORT shop.presentation.web", "17 IMPORT shop.application"), imports(source));
    }

    @Test
    void survivesPythonTwoAndBrokenSourcesAndCountsCrlfLines() {
        String python2 = "print \"import shop.infrastructure\"\r\nexec 'x'\r\ntry:\r\n    pass\r\n"
                + "except Exception, e:\r\n    print `e`\r\nimport shop.application\r\n";
        String unterminated = "a = 'never closed\nimport shop.application\nb = f\"{x\nc = '''\nimport shop.infrastructure";
        String unbalanced = "x = foo(\nimport shop.application\nfrom shop import (a,\n";

        assertEquals(List.of("7 IMPORT shop.application"), imports(python2));
        assertEquals(List.of("2 IMPORT shop.application"), imports(unterminated));
        assertEquals(List.of("2 IMPORT shop.application", "3 IMPORT shop", "3 IMPORTED_NAME shop.a"),
                imports(unbalanced));
    }

    @Test
    void lexesFiftyMegabytesDeepFStringsAndAOneMegabyteLineInLinearTime() {
        String chunk = "import shop.infrastructure  # import shop.x\ns = f\"{a:#x} {b!r}\" + '''import shop.y'''\n";
        String huge = chunk.repeat(50 * 1024 * 1024 / chunk.length());
        String nested = "s = " + "f\"{".repeat(200_000) + "x" + "}\"".repeat(200_000) + "\nimport shop.application\n";
        String longLine = "a.b('x') + c.d(1, 2); ".repeat(1024 * 1024 / 22) + "\nimport shop.application\n";

        int found = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> imports(huge, "shop").size());
        List<String> deep = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> imports(nested));
        List<String> wide = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> imports(longLine));

        assertEquals(huge.length() / chunk.length(), found);
        assertEquals(List.of("2 IMPORT shop.application"), deep);
        assertEquals(List.of("2 IMPORT shop.application"), wide);
    }

    @Test
    void keepsRelativeImportsWithTheirDotsUntilTheyAreResolved() {
        assertEquals(List.of(new SourceReference(1, "..infrastructure", SourceReference.Kind.IMPORT),
                new SourceReference(1, "..infrastructure.db", SourceReference.Kind.IMPORTED_NAME),
                new SourceReference(2, ".", SourceReference.Kind.IMPORT),
                new SourceReference(2, ".model", SourceReference.Kind.IMPORTED_NAME)),
                PythonSourceReader.read("from ..infrastructure import db\nfrom . import model\n", new NamePool(0))
                        .references());
    }

    @Test
    void readsImportsAndTestsInTheSamePassButNeitherInsideAnFString() {
        String source = """
                import shop.application
                s = f"{__import__('shop.x')} import shop.infrastructure {'def test_in_a_field(): pass'}"

                def test_real():
                    from shop.infrastructure import repo
                """;

        SourceFile file = PythonSourceReader.read(source, new NamePool(0));

        assertEquals(List.of("1 IMPORT shop.application", "5 IMPORT shop.infrastructure",
                "5 IMPORTED_NAME shop.infrastructure.repo"), imports(source));
        assertEquals(new PythonTestModule(1, List.of()), file.pythonTests());
    }

    @Test
    void findsTheImportsAfterAnFStringWhoseBraceFollowsABackslash() {
        String source = "a = fr'\\{{' + f'\\{{{value}'\nimport shop.application\n";

        assertEquals(List.of("2 IMPORT shop.application"), imports(source));
    }
}
