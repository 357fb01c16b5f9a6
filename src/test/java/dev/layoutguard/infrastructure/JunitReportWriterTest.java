package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReportWriterTest {

    @Test
    void writesOneCaseperRuleThatRanWithAFailurePerViolation() throws Exception {
        Report report = new Report("0.1.0", "maven", 12, List.of(
                new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Dockerfile", null, "Docker file in the root",
                        "deploy/docker/Dockerfile", null),
                new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "server.log", null, "log file in the root", null,
                        null),
                new Violation(RuleId.ROOT_FILE_COUNT, Severity.WARNING, ".", null, "14 files", null, null)),
                Map.of(), 0, 1234, List.of(RuleId.ROOT_PROHIBITED, RuleId.ROOT_ALLOWLIST, RuleId.ROOT_FILE_COUNT),
                null);

        String xml = write(report);

        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="LayoutGuard" tests="3" failures="2" errors="0" skipped="0" time="1.234">
                  <testsuite name="LayoutGuard" tests="3" failures="2" errors="0" skipped="0" time="1.234">
                    <properties>
                      <property name="version" value="0.1.0"/>
                      <property name="preset" value="maven"/>
                      <property name="files" value="12"/>
                      <property name="baselined" value="0"/>
                    </properties>
                    <testcase classname="layoutguard.root" name="root-prohibited" time="0">
                      <failure type="error" message="Dockerfile: Docker file in the root (fix: deploy/docker/Dockerfile)">\
                Dockerfile: Docker file in the root (fix: deploy/docker/Dockerfile)
                rule: root-prohibited, severity: error
                explained by mvn layout:explain -Dlayout.rule=root-prohibited</failure>
                      <failure type="error" message="server.log: log file in the root">server.log: log file in the root
                rule: root-prohibited, severity: error
                explained by mvn layout:explain -Dlayout.rule=root-prohibited</failure>
                      <system-out>error: Dockerfile: Docker file in the root (fix: deploy/docker/Dockerfile)
                error: server.log: log file in the root
                </system-out>
                    </testcase>
                    <testcase classname="layoutguard.root" name="root-allowlist" time="0"/>
                    <testcase classname="layoutguard.root" name="root-file-count" time="0">
                      <failure type="warning" message=".: 14 files">.: 14 files
                rule: root-file-count, severity: warning
                explained by mvn layout:explain -Dlayout.rule=root-file-count</failure>
                      <system-out>warning: .: 14 files
                </system-out>
                    </testcase>
                  </testsuite>
                </testsuites>
                """, xml);
    }

    @Test
    void staysWellFormedXmlWithHostileNamesAndControlCharacters() throws Exception {
        String name = "<img src=x onerror=alert(1)>\u0001 & \"q\".md";
        Report report = new Report("0.1.0", "maven", 1, List.of(new Violation(RuleId.ROOT_ALLOWLIST,
                Severity.ERROR, name, 2, "not allowed ]]> <![CDATA[", null, null)), Map.of(), 0, 1);

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(write(report).getBytes(StandardCharsets.UTF_8)));

        Element failure = (Element) document.getElementsByTagName("failure").item(0);
        assertEquals("<img src=x onerror=alert(1)>\uFFFD & \"q\".md:2: not allowed ]]> <![CDATA[",
                failure.getAttribute("message"));
    }

    private static String write(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new JunitReportWriter().write(report, Path.of("/work/shop"), out);
        return out.toString();
    }
}
