package dev.layoutguard.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JvmSourceReaderTest {

    private static final SourceWatch TESTS = new SourceWatch(List.of(), List.of("Test", "ParameterizedTest",
            "RepeatedTest", "TestFactory", "TestTemplate"));

    private static JvmTestClass java(String stem, String text) {
        return JvmSourceReader.read(text, stem, TESTS, new NamePool(0), false).testClass();
    }

    private static JvmTestClass kotlin(String stem, String text) {
        return JvmSourceReader.read(text, stem, TESTS, new NamePool(0), true).testClass();
    }

    /** The public type of a Java source named {@code X.java}. */
    private static Optional<JavaPublicType> publicType(String text) {
        return JvmSourceReader.read(text, "X", TESTS, new NamePool(0), false).publicType();
    }

    @Test
    void countsEveryJUnitTestAnnotationIncludingNestedClasses() {
        String text = """
                package com.acme;

                import org.junit.jupiter.api.*;

                class OrderTest {
                    @Test void a() {}
                    @ParameterizedTest @ValueSource(ints = {1, 2}) void b(int x) {}
                    @RepeatedTest(3) void c() {}
                    @TestFactory Stream<DynamicTest> d() { return null; }
                    @TestTemplate void e() {}
                    @Nested class Inner {
                        @Test void f() {}
                    }
                }
                """;

        assertEquals(new JvmTestClass(6, true, List.of(), 5), java("OrderTest", text));
    }

    @Test
    void readsQualifiedJUnit4AndTestNGAnnotationsAndClassLevelTestNG() {
        String text = """
                @org.testng.annotations.Test
                public class PriceTest {
                    @org.junit.Test(expected = IllegalStateException.class) public void a() {}
                    @ org.junit.jupiter.api.Test void b() {}
                }
                """;

        assertEquals(new JvmTestClass(3, true, List.of(), 2), java("PriceTest", text));
    }

    @Test
    void annotationsThatOnlyLookLikeTestsAreNotTests() {
        String text = """
                @TestInstance(Lifecycle.PER_CLASS) @Testcontainers
                class CartTest {
                    @BeforeEach void setUp() {}
                    @Tested Cart cart;
                    @TestConfiguration static class Config {}
                    @com.acme.Test.List void notATest() {}
                }
                """;

        assertEquals(0, java("CartTest", text).testMethods());
    }

    @Test
    void ignoresTestAnnotationsInCommentsStringsTextBlocksAndCharacters() {
        String text = """
                /* @Test in a block comment */
                // @Test in a line comment
                /** Javadoc: {@code @Test void x()} */
                class Helper {
                    String a = "@Test void fake() {}";
                    String b = "escaped \\" @Test \\" quote";
                    String c = \"""
                        @Test
                        void inATextBlock() {}
                        \\\"""
                        @Test still inside
                        \""";
                    char d = '@';
                    char e = '\\'';
                    String f = "@Test";
                }
                """;

        assertEquals(new JvmTestClass(0, true, List.of(), 4), java("Helper", text));
    }

    @Test
    void abstractClassesInterfacesEnumsRecordsAndAnnotationsAreNotConcrete() {
        assertEquals(new JvmTestClass(1, false, List.of(), 1),
                java("AbstractRepositoryTest", "public abstract class AbstractRepositoryTest { @Test void a() {} }"));
        assertEquals(new JvmTestClass(1, false, List.of(), 1),
                java("RepositoryContract", "interface RepositoryContract { @Test default void a() {} }"));
        assertEquals(new JvmTestClass(0, false, List.of(), 1), java("ColorTest", "enum ColorTest { RED }"));
        assertEquals(new JvmTestClass(0, false, List.of(), 1), java("PointTest", "record PointTest(int x) {}"));
        assertEquals(new JvmTestClass(0, false, List.of(), 1), java("SlowTest", "public @interface SlowTest {}"));
    }

    @Test
    void readsSupertypesButNotGenericArgumentsBoundsOrLaterClasses() {
        assertEquals(List.of("RepositoryContractTest", "Contract", "TestCase"), java("OrderTest",
                "class OrderTest extends RepositoryContractTest<Map<String, Order>> implements Contract<A, B>,\n"
                        + " junit.framework.TestCase { class Inner extends Other {} }").supertypes());
        assertEquals(List.of(), java("Box", "class Box<T extends Comparable<T>> { }\nclass Other extends Box {}")
                .supertypes());
        assertEquals(List.of("Base"), java("A", "class A extends @Annotated Base permits B, C {}").supertypes());
        assertEquals(List.of("Base", "Contract"), kotlin("OrderTest",
                "class OrderTest<T : Any>(val x: Map<String, Int>) : Base(x), Contract by Delegate {}").supertypes());
        assertEquals(List.of("Base"), kotlin("A", "class A : com.acme.Base()\nclass B : Other()").supertypes());
        assertEquals(List.of("Base"), kotlin("A", "class A : Base").supertypes());
    }

    @Test
    void theMainClassIsTheOneNamedAfterTheFile() {
        String text = """
                abstract class Base {}

                class OrderTest extends Base {
                    @Test void a() {}
                }
                """;

        assertEquals(new JvmTestClass(1, true, List.of("Base"), 3), java("OrderTest", text));
    }

    @Test
    void qualifiedClassLiteralsAndCaseLabelsAreNotDeclarations() {
        String text = """
                @RunWith(Suite.class)
                @SuiteClasses({ A.class, B.class })
                public class AllTests {
                }
                """;

        assertEquals(new JvmTestClass(0, true, List.of(), 3), java("AllTests", text));
    }

    @Test
    void readsKotlinClassesSupertypesAndModifiers() {
        assertEquals(new JvmTestClass(1, true, List.of("RepositoryContract"), 1), kotlin("OrderTest",
                "class OrderTest(private val clock: Clock) : RepositoryContract() {\n @Test fun `adds two`() {} }"));
        assertEquals(new JvmTestClass(1, true, List.of(), 1), kotlin("PriceTest",
                "class PriceTest<T : Any>(val x: Int) {\n @Test fun a() {} }"));
        assertEquals(false, kotlin("BaseTest", "abstract class BaseTest { @Test fun a() {} }").concrete());
        assertEquals(false, kotlin("Fixtures", "object Fixtures { @Test fun a() {} }").concrete());
        assertEquals(false, kotlin("ColorTest", "enum class ColorTest { RED }").concrete());
        assertEquals(true, kotlin("CartTest", "data class CartTest(val id: Int)").concrete());
    }

    @Test
    void kotlinStringTemplatesRawStringsAndNestedCommentsHideTheirContent() {
        String text = """
                val type = CartTest::class
                /* outer /* nested @Test */ still comment @Test */
                class CartTest {
                    val a = "${ "nested @Test" + "}" } @Test"
                    val b = \"""
                        @Test ${ listOf("\\"\\"\\"").size } @Test
                        \"""\"
                    @Test fun real() {}
                }
                """;

        assertEquals(new JvmTestClass(1, true, List.of(), 3), kotlin("CartTest", text));
    }

    @Test
    void countsLinesAcrossCarriageReturnsAndMultilineLiterals() {
        String text = "/*\r\n*/\r\n\"\"\"\n\n\"\"\"\rclass A {}";

        assertEquals(6, java("A", text).line());
    }

    @Test
    void neverFailsOnMalformedText() {
        for (String text : List.of("", "@", "class", "\"unterminated", "/* unterminated", "'", "\"\"\"", "@Test(",
                "class X extends", "}}}}{{{", "\u0000\uFFFD@Test", "`unterminated")) {
            java("X", text);
            kotlin("X", text);
        }
        assertEquals(1, java("X", "\"unterminated\n@Test void a() {}").testMethods());
    }

    @Test
    void findsThePublicTopLevelClassAndItsLine() {
        String source = """
                package com.example;

                import java.util.List;

                /** An order. */
                @Deprecated(since = "2")
                public final class Order {
                }
                """;

        assertEquals(Optional.of(new JavaPublicType("Order", 7)), publicType(source));
    }

    @Test
    void findsPublicInterfacesEnumsRecordsAndAnnotationTypes() {
        assertEquals("Shape", publicType("public sealed interface Shape permits Circle {}").orElseThrow().name());
        assertEquals("Color", publicType("public enum Color { RED }").orElseThrow().name());
        assertEquals("Point", publicType("public record Point(int x, int y) {}").orElseThrow().name());
        assertEquals("Marker", publicType("public @interface Marker {}").orElseThrow().name());
    }

    @Test
    void findsThePublicTypePastCommentsStringsTextBlocksAndCharacters() {
        String source = """
                // public class InLineComment
                /* public class InBlockComment
                   still comment */
                class Helper {
                    String text = "public class InString";
                    String block = \"""
                        public class InTextBlock
                        \""";
                    char quote = '"';
                    public static class Nested {}
                }
                public class Real {}
                """;

        assertEquals(Optional.of(new JavaPublicType("Real", 12)), publicType(source));
    }

    @Test
    void ignoresWordsInAnnotationArgumentsBeforeThePublicType() {
        String source = "@Generated(value = Foo.class, comments = \"public class X\") public class Real {}";

        assertEquals("Real", publicType(source).orElseThrow().name());
    }

    @Test
    void findsNothingInSourcesWithoutAPublicTopLevelType() {
        assertEquals(Optional.empty(), publicType("class App { public class Inner {} }"));
        assertEquals(Optional.empty(), publicType("package com.example;"));
        assertEquals(Optional.empty(), publicType(""));
    }

    @Test
    void findsNoPublicTypeInSourcesThatEndInTheMiddleOfAToken() {
        assertEquals(Optional.empty(), publicType("/* never closed public class A"));
        assertEquals(Optional.empty(), publicType("String s = \"never closed public class A"));
        assertEquals(Optional.empty(), publicType("public class"));
        assertEquals(Optional.empty(), publicType("}}}} ))) public"));
    }

    @Test
    void findsThePublicTypeInAFileOfCarriageReturnsButNotInItsComments() {
        String text = "// public class InAComment\r/* public class InABlock\r*/\rpublic class Order {}\r";

        assertEquals(Optional.of(new JavaPublicType("Order", 4)), publicType(text));
    }

    @Test
    void givesThePublicTypeTheLineOfItsNameAndTheMainClassTheLineOfItsKeyword() {
        SourceFile file = JvmSourceReader.read("public class\nX {\n  @Test void a() {}\n}", "X", TESTS,
                new NamePool(0), false);

        assertEquals(Optional.of(new JavaPublicType("X", 2)), file.publicType());
        assertEquals(new JvmTestClass(1, true, List.of(), 1), file.testClass());
    }

    @Test
    void readsTheNamesInKotlinTemplatesButNoDeclarationOrAnnotationThere() {
        String text = """
                class CartTest {
                    val a = "${ com.acme.shop.domain.Order.EMPTY } ${ object : Any() { @Test fun fake() {} } }"
                    @Test fun real() {}
                }
                """;
        SourceWatch watch = new SourceWatch(List.of("domain"), List.of("Test"));

        SourceFile file = JvmSourceReader.read(text, "CartTest", watch, new NamePool(0), true);

        assertEquals(new JvmTestClass(1, true, List.of(), 1), file.testClass());
        assertEquals(List.of(new SourceReference(2, "com.acme.shop.domain.Order.EMPTY",
                SourceReference.Kind.QUALIFIED_NAME)), file.references());
    }

    @Test
    void readsEveryFactOfAJavaFileInOnePass() {
        String text = """
                package com.acme.shop.domain;

                import com.acme.shop.infrastructure.Repo;

                public class OrderTest extends BaseTest {
                    @Test void a() { com.acme.shop.application.Orders.clear(); }
                }
                """;
        SourceWatch watch = new SourceWatch(List.of("application"), List.of("Test"));

        SourceFile file = JvmSourceReader.read(text, "OrderTest", watch, new NamePool(0), false);

        assertEquals(new SourceFile("com.acme.shop.domain", List.of(
                new SourceReference(3, "com.acme.shop.infrastructure.Repo", SourceReference.Kind.IMPORT),
                new SourceReference(6, "com.acme.shop.application.Orders.clear", SourceReference.Kind.QUALIFIED_NAME)),
                Optional.of(new JavaPublicType("OrderTest", 5)), new JvmTestClass(1, true, List.of("BaseTest"), 5),
                PythonTestModule.NONE), file);
    }

    @Test
    void aNameLongerThanAnyJavaNameIsNoReference() {
        // a 50 MB one-line import took 5.4 GB and a 157 MB JUnit report; names stop at SourceReference.MAX_LENGTH
        String huge = "import " + "a.".repeat(SourceReference.MAX_LENGTH) + "A;\nimport com.acme.domain.Order;\n";

        List<SourceReference> references = JvmSourceReader.read(huge, "X", TESTS, new NamePool(0), false).references();

        assertEquals(List.of(new SourceReference(2, "com.acme.domain.Order", SourceReference.Kind.IMPORT)), references);
    }

    /** Coverage-guided: any Java text gives no exception, and no name in a comment or string becomes a reference. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedJavaThrowsNothingAndTakesNoCommentForCode(byte[] input) {
        PlantedName.checkJvm(input, false);
    }

    /** The header read of a Java (or Kotlin) text, next to the whole read's package and public type. */
    private static void assertHeaderAsWhole(String text, boolean kotlin) {
        SourceFile whole = JvmSourceReader.read(text, "X", TESTS, new NamePool(0), kotlin);
        assertEquals(new SourceHeader(whole.declaredPackage(), whole.publicType()),
                JvmSourceReader.readHeader(text, "X", TESTS, new NamePool(0), kotlin), text);
    }

    @Test
    void readsTheHeaderOfAFileAsTheWholeReadGivesIt() {
        assertEquals(new SourceHeader("com.acme", Optional.of(new JavaPublicType("Order", 3))),
                JvmSourceReader.readHeader("package com.acme;\nimport java.util.List;\npublic class Order {\n"
                        + "  void broken( {\n", "Order", TESTS, new NamePool(0), false));
        assertEquals(new SourceHeader("com.acme.kt", Optional.empty()),
                JvmSourceReader.readHeader("package com.acme.kt\nimport a.B\nclass Order { fun x() = 1 }",
                        "Order", TESTS, new NamePool(0), true));
    }

    @Test
    void aHeaderReadFindsAPublicTypeAfterOtherTopLevelTypesPastBracketsInTheirBodies() {
        String text = """
                package com.acme;
                @SuppressWarnings({"unchecked", "}"})
                class Helper<T extends java.util.List<?>> implements Runnable {
                    String s = "}} public class InString";
                    String block = \"""
                        } public class InTextBlock {
                        \""";
                    char close = '}';
                    char quote = '"';
                    // } public class InComment
                    /* } public class InBlock */
                    void run() { if (s.length() > (1)) { new Object() { public class Inner {} }; } }
                    public class Nested {}
                }
                enum Mode { A, B; public static class Deeper {} }
                @Deprecated public final class Real {}
                """;

        assertEquals(new SourceHeader("com.acme", Optional.of(new JavaPublicType("Real", 16))),
                JvmSourceReader.readHeader(text, "Real", TESTS, new NamePool(0), false));
        assertHeaderAsWhole(text, false);
    }

    @Test
    void aHeaderReadOfAnOddFileGivesWhatAWholeReadGives() {
        List<String> texts = List.of(
                "",
                "public class NoPackage {}",
                "class A {} package late.pkg; public class B {}",
                "package a.b; class A { } } } public class B {}",
                "package a.b; class A { void x( { } public class B {}",
                "package a.b; class A { String s = \"}\n } public class B {}",
                "package a.b; class A { /* never closed } public class B {}",
                "package a.b; class A extends B<@X(v = {1}) C> { } public interface I {}",
                "package a.b;\r\nclass A {\r\n}\r\npublic record R(int x) {}",
                "package a.b; @interface Marker { } public @interface Real {}",
                "package /* c */ a . b ; public enum E { ONE { void x() {} } }",
                "package a.b; class A { char c = '\\''; char d = '{'; } public class B {}");
        for (String text : texts) {
            assertHeaderAsWhole(text, false);
            assertHeaderAsWhole(text, true);
        }
    }

    /** Coverage-guided: a header read gives the package and the public type a whole read gives, for any text. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedHeaderReadGivesWhatAWholeReadGives(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        assertHeaderAsWhole(text, false);
        assertHeaderAsWhole(text, true);
    }

    /** Coverage-guided: any Kotlin text gives no exception, and no name in a comment or string becomes a reference. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedKotlinThrowsNothingAndTakesNoCommentForCode(byte[] input) {
        PlantedName.checkJvm(input, true);
    }
}
