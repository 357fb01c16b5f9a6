package dev.layoutguard.domain.config.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlScannerTest {

    /** Each assignment as {@code line-endLine key=value}. */
    static List<String> assignments(ParsedConfig parsed) {
        return parsed.assignments().stream()
                .map(a -> a.line() + "-" + a.endLine() + " " + a.key() + "=" + a.value().replace("\n", "|"))
                .toList();
    }

    static List<String> problems(ParsedConfig parsed) {
        return parsed.problems().stream().map(p -> p.line() + " " + p.description()).toList();
    }

    @Test
    void readsNestedKeysWithFullPathsAndSkipsComments() {
        ParsedConfig parsed = YamlScanner.scan("""
                # password: commented-out
                spring:
                  datasource:
                    url: jdbc:postgresql://db/shop   # a comment
                    password: "quoted # not a comment"
                  jpa:
                    open-in-view: false
                server.port: 8080
                "quoted key": 'it''s'
                """);

        assertEquals(List.of("4-4 spring.datasource.url=jdbc:postgresql://db/shop",
                "5-5 spring.datasource.password=quoted # not a comment", "7-7 spring.jpa.open-in-view=false",
                "8-8 server.port=8080", "9-9 quoted key=it's"), assignments(parsed));
        assertEquals(List.of(), problems(parsed));
    }

    @Test
    void startsAfreshAtEveryDocument() {
        ParsedConfig parsed = YamlScanner.scan("""
                spring:
                  profiles: dev
                ---
                password: a
                ...
                --- # third
                db:
                  password: b
                """);

        assertEquals(List.of("2-2 spring.profiles=dev", "4-4 password=a", "8-8 db.password=b"), assignments(parsed));
    }

    @Test
    void decodesTheDataOfAKubernetesSecretOnly() {
        ParsedConfig parsed = YamlScanner.scan("""
                data:
                  user: YXBw
                kind: Secret
                ---
                kind: ConfigMap
                data:
                  user: YXBw
                """);

        assertEquals(List.of("2-2 data.user=app", "3-3 kind=Secret", "5-5 kind=ConfigMap", "7-7 data.user=YXBw"),
                assignments(parsed));
    }

    @Test
    void sequenceItemsCarryTheirListsKey() {
        ParsedConfig parsed = YamlScanner.scan("""
                users:
                - name: admin
                  password: one
                -   name: guest
                    password: two
                hosts:
                  - alpha
                  - "beta"
                  -
                    - nested
                after: x
                """);

        assertEquals(List.of("2-2 users.name=admin", "3-3 users.password=one", "4-4 users.name=guest",
                "5-5 users.password=two", "7-7 hosts=alpha", "8-8 hosts=beta", "10-10 hosts=nested", "11-11 after=x"),
                assignments(parsed));
    }

    @Test
    void blockValuesSpanTheirIndentedLines() {
        ParsedConfig parsed = YamlScanner.scan("""
                private_key: |
                  line one

                  line two
                next: value
                folded: >-  # comment
                  a
                  b
                items:
                  - |
                    in a list
                empty: |
                last: z
                """);

        assertEquals(List.of("1-4 private_key=line one|line two|", "5-5 next=value", "6-8 folded=a|b|",
                "10-11 items=in a list|", "12-12 empty=", "13-13 last=z"), assignments(parsed));
    }

    @Test
    void quotedValuesMaySpanLines() {
        ParsedConfig parsed = YamlScanner.scan("""
                a: "first
                  second"
                b: 'it''s
                  ok'
                c: "escaped \\" quote"
                """);

        assertEquals(List.of("1-2 a=first|  second", "3-4 b=it's|  ok", "5-5 c=escaped \" quote"),
                assignments(parsed));
    }

    @Test
    void readsFlowCollections() {
        ParsedConfig parsed = YamlScanner.scan("""
                db: {user: app, password: "x y", ports: [1, 2]}
                list: [a, {token: t}]
                multi: {
                  password: m,   # comment
                  url: http://h:1/p
                }
                tail: end
                """);

        assertEquals(List.of("1-1 db.user=app", "1-1 db.password=x y", "1-1 db.ports=1", "1-1 db.ports=2",
                "2-2 list=a", "2-2 list.token=t", "4-4 multi.password=m", "5-5 multi.url=http://h:1/p",
                "7-7 tail=end"), assignments(parsed));
    }

    @Test
    void anchorsAndTagsAreSkippedAliasesAndVaultValuesAreNotValues() {
        ParsedConfig parsed = YamlScanner.scan("""
                base: &base
                  password: p
                copy: *base
                tagged: !!str plain
                anchored: &a value
                vaulted: !vault |
                  $ANSIBLE_VAULT;1.1;AES256
                  6162636465
                after: ok
                """);

        assertEquals(List.of("2-2 base.password=p", "4-4 tagged=plain", "5-5 anchored=value", "9-9 after=ok"),
                assignments(parsed));
    }

    @Test
    void urlsAndColonsInsideValuesDoNotStartKeys() {
        ParsedConfig parsed = YamlScanner.scan("""
                url: http://example.org:8080/a
                list:
                - http://item:1
                windows: C:\\path
                text: a:b
                """);

        assertEquals(List.of("1-1 url=http://example.org:8080/a", "3-3 list=http://item:1", "4-4 windows=C:\\path",
                "5-5 text=a:b"), assignments(parsed));
    }

    @Test
    void reportsTabIndentationOnceAndKeepsReading() {
        ParsedConfig parsed = YamlScanner.scan("a:\n\tb: 1\n\tc: 2\nd: 3\n");

        assertEquals(List.of("2 a tab indents this line; YAML indents with spaces only"), problems(parsed));
        assertEquals(List.of("2-2 a.b=1", "3-3 a.c=2", "4-4 d=3"), assignments(parsed));
    }

    @Test
    void reportsAQuoteNeverClosedAndStops() {
        ParsedConfig parsed = YamlScanner.scan("a: 1\nb: \"never closed\nc: 3\n");

        assertEquals(List.of("1-1 a=1"), assignments(parsed));
        assertEquals(List.of("2 a quoted value is never closed"), problems(parsed));
    }

    @Test
    void reportsAFlowCollectionNeverClosedOrBroken() {
        assertEquals(List.of("1 a [ is never closed"), problems(YamlScanner.scan("a: [1, 2,\n  3\n")));
        assertEquals(List.of("2 expected ',' or ']' between values"), problems(YamlScanner.scan("a: [1, 2\nb: 3\n")));
    }

    @Test
    void readsWindowsLineEndsAndEmptyText() {
        assertEquals(List.of("1-1 a=1", "2-2 b=2"), assignments(YamlScanner.scan("a: 1\r\nb: 2\r\n")));
        assertEquals(List.of(), assignments(YamlScanner.scan("")));
    }

    @Test
    void deepNestingOfLongKeysStopsAtTheBoundInsteadOfExhaustingTheHeap() {
        // 600 levels of 8,000-character keys built key paths of 1.4 billion characters in all
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 600; level++) {
            yaml.append(" ".repeat(level)).append("k".repeat(8000)).append(level).append(":\n");
        }

        ParsedConfig parsed = YamlScanner.scan(yaml.toString());

        assertEquals(List.of("1 a key path is longer than 4096 characters"), problems(parsed));
    }

    @Test
    void nestingDeeperThanTheBoundIsAProblem() {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 300; level++) {
            yaml.append(" ".repeat(level)).append("k:\n");
        }

        assertEquals(List.of("202 values are nested deeper than 200 levels"), problems(YamlScanner.scan(yaml.toString())));
    }

    @Test
    void keysPastTheBoundOfAFileAreAProblemNotAHeapFull() {
        String yaml = "k: v\n".repeat(ParsedConfig.MAX_ASSIGNMENTS + 10);

        ParsedConfig parsed = YamlScanner.scan(yaml);

        assertEquals(ParsedConfig.MAX_ASSIGNMENTS, parsed.assignments().size());
        assertEquals(List.of((ParsedConfig.MAX_ASSIGNMENTS + 1) + " more than 100000 keys"), problems(parsed));
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.YAML, "src/main/resources/application.yml", input);
    }
}
