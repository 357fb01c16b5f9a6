package dev.layoutguard.domain.config.secret;

import static dev.layoutguard.domain.config.secret.YamlScannerTest.assignments;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlScannerTest {

    @Test
    void readsElementTextAttributesAndNameValuePairs() {
        ParsedConfig parsed = XmlScanner.scan("""
                <?xml version="1.0"?>
                <settings>
                  <!-- <password>commented</password>
                       still a comment -->
                  <password>p</password>
                  <db.password>${DB_PASSWORD}</db.password>
                  <datasource url="jdbc:h2:mem" password='q'/>
                  <property name="api.token" value="t"/>
                  <entry key="secret">s</entry>
                  <multi>
                    text
                  </multi>
                </settings>
                """);

        assertEquals(List.of("5-5 password=p", "6-6 db.password=${DB_PASSWORD}",
                "7-7 datasource.url=jdbc:h2:mem", "7-7 datasource.password=q", "8-8 property.name=api.token",
                "8-8 property.value=t", "8-8 api.token=t", "9-9 entry.key=secret", "9-9 secret=s"),
                assignments(parsed));
    }

    @Test
    void readsTheTextOfACdataSection() {
        ParsedConfig parsed = XmlScanner.scan("""
                <password><![CDATA[p<&>q]]></password>
                <token><![CDATA[unclosed</token>
                <note><![CDATA[a]]> and more</note>
                """);

        assertEquals(List.of("1-1 password=p<&>q"), assignments(parsed));
    }

    @Test
    void aKeyAttributeWinsOverANameAndARepeatedAttributeCountsWithItsLastValue() {
        ParsedConfig parsed = XmlScanner.scan("""
                <entry name="n" key="k" value="v"/>
                <entry key="a" key="b" value="1" value="2"/>
                <entry name="only" other="x"/>
                """);

        assertEquals(List.of("1-1 entry.name=n", "1-1 entry.key=k", "1-1 entry.value=v", "1-1 k=v",
                "2-2 entry.key=a", "2-2 entry.key=b", "2-2 entry.value=1", "2-2 entry.value=2", "2-2 b=2",
                "3-3 entry.name=only", "3-3 entry.other=x"), assignments(parsed));
    }

    /** Coverage-guided: any text, a secret planted in it, gives no exception and no finding that prints the secret. */
    @FuzzTest(maxDuration = "5m")
    void fuzzedTextThrowsNothingAndPrintsNoPlantedSecret(byte[] input) {
        PlantedSecret.check(ConfigFormat.XML, "src/main/resources/settings.xml", input);
    }
}
