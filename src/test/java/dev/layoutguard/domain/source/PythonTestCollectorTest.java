package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.source.PythonTestModule.TestClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTestCollectorTest {

    private static PythonTestModule tests(String text) {
        return PythonSourceReader.read(text, new NamePool(0)).pythonTests();
    }

    @Test
    void countsTopLevelTestFunctionsIncludingAsyncAndDecorated() {
        String text = """
                import pytest

                def test_creates_order():
                    assert True

                @pytest.mark.asyncio
                async def test_pays_order():
                    pass

                def helper():
                    def test_inner():
                        pass

                def testing_is_a_test_too():
                    pass
                """;

        assertEquals(new PythonTestModule(3, List.of()), tests(text));
    }

    @Test
    void readsTopLevelClassesWithTheirLinesBasesAndTestMethods() {
        String text = """
                class TestOrder:
                    def test_total(self):
                        pass

                    def helper(self):
                        pass

                    class TestNested:
                        def test_ignored_as_own_class(self):
                            pass

                class OrderTests(unittest.TestCase):
                    def test_total(self):
                        pass

                class PlainObject(object):
                    def test_a(self):
                        pass
                    async def test_b(self):
                        pass

                def test_after_the_classes():
                    pass
                """;

        assertEquals(new PythonTestModule(1, List.of(new TestClass("TestOrder", 1, false, 2),
                new TestClass("OrderTests", 12, true, 1), new TestClass("PlainObject", 16, false, 2))),
                tests(text));
    }

    @Test
    void ignoresDefinitionsInStringsDocstringsAndComments() {
        String text = """
                \"""Module docstring.

                def test_in_docstring():
                class TestInDocstring:
                \"""
                # def test_in_comment():
                SOURCE = '''
                def test_in_a_string():
                    pass
                '''
                OTHER = r"def test_raw(): \\" def test_escaped():"
                FORMATTED = f'{value} def test_f():'
                CODE = [
                    "def test_in_a_list",
                    'class TestInAList:',
                ]
                """;

        assertEquals(PythonTestModule.NONE, tests(text));
    }

    @Test
    void continuedLinesDoNotStartStatements() {
        String text = """
                value = call(
                def_test, class_name)
                other = 1 + \\
                    2; x = 3
                class Builder:
                    def build(self):
                        pass
                """;

        assertEquals(new PythonTestModule(0, List.of(new TestClass("Builder", 5, false, 0))),
                tests(text));
    }

    @Test
    void countsLinesWithTabsCarriageReturnsAndBlankLinesInsideClasses() {
        String text = "class TestA:\r\n\tdef test_one(self):\r\n\t\tpass\r\n\r\n\t# comment\r\n\tdef test_two(self):"
                + "\r\n\t\tpass\rclass TestB:\r    def test_three(self): pass\n";

        assertEquals(new PythonTestModule(0, List.of(new TestClass("TestA", 1, false, 2),
                new TestClass("TestB", 8, false, 1))), tests(text));
    }

    @Test
    void neverFailsOnMalformedText() {
        for (String text : List.of("", "class", "def", "'''unterminated", "\"unterminated\ndef test_a(): pass",
                "class (", ")))", "\\", "class A(\n", "\uFFFD\u0000")) {
            tests(text);
        }
        assertEquals(1, tests("x = 'unterminated\ndef test_a(): pass").testFunctions());
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFirstDefinition() {
        assertEquals(new PythonTestModule(1, List.of()), tests("\uFEFFdef test_first():\n    pass\n"));
        assertEquals(PythonTestModule.NONE, tests("\uFEFF# def test_in_a_comment():\n"));
    }

    @Test
    void definitionsInFStringReplacementFieldsAndFormatSpecsAreNotTests() {
        String text = """
                NAME = f"{'def test_in_a_field(): pass'} {value:{'def test_in_a_spec()'}}"
                class TestCart:
                    label = f'''{
                        "def test_in_a_multiline_field"
                    }'''
                    def test_real(self):
                        pass
                """;

        assertEquals(new PythonTestModule(0, List.of(new TestClass("TestCart", 2, false, 1))), tests(text));
    }

    @Test
    void aBackslashBeforeAnFStringBraceEscapesNeitherTheBraceNorTheRestOfTheFile() {
        String text = """
                class TestBraces:
                    def test_one(self):
                        assert fr'\\{{' == f'\\{{'
                    def test_two(self):
                        pass
                """;

        assertEquals(new PythonTestModule(0, List.of(new TestClass("TestBraces", 1, false, 2))), tests(text));
    }
}
