package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {

    @TempDir
    Path directory;

    @Test
    void aFileRewrittenToTheSameSizeAndModificationTimeGetsAnotherStamp() throws Exception {
        Path file = Files.writeString(directory.resolve("app.json"), "{\"a\": 1}");
        FileStamp before = FileStamp.of(file);
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(20);

        Files.writeString(file, "{\"a\"; 1}");
        Files.setLastModifiedTime(file, modified);

        FileStamp after = FileStamp.of(file);
        assertEquals(before.size(), after.size());
        assertEquals(before.modified(), after.modified());
        assertFalse(before.sameAs(after));
    }

    @Test
    void anUntouchedFileKeepsItsStamp() throws Exception {
        Path file = Files.writeString(directory.resolve("app.json"), "{}");

        assertTrue(FileStamp.of(file).sameAs(FileStamp.of(file)));
        assertEquals('f', FileStamp.of(file).type());
        assertEquals('d', FileStamp.of(directory).type());
    }

    @Test
    void aMissingPathIsAbsentAndStaysComparable() {
        FileStamp missing = FileStamp.of(directory.resolve("nothing"));

        assertEquals(FileStamp.ABSENT, missing);
        assertTrue(missing.sameAs(FileStamp.ABSENT));
        assertFalse(missing.racy(0));
    }

    @Test
    void aStampChangedAtOrAfterAMomentIsRacy() {
        FileStamp stamp = new FileStamp('f', 3, 1_000, 900, 7);

        assertTrue(stamp.racy(1_000));
        assertTrue(stamp.racy(950));
        assertFalse(stamp.racy(1_001));
    }

    @Test
    void aStampThatCouldNotBeTakenVouchesForNothing() {
        FileStamp unknown = new FileStamp('?', 0, 0, 0, 0);

        assertFalse(unknown.sameAs(unknown));
    }

    @Test
    void readsWhatItWritesAndRejectsAnythingElse() {
        FileStamp stamp = new FileStamp('l', 12, 1_796_539_930_515_135_282L, 5, 3_270_815);

        assertEquals(stamp, FileStamp.parse(stamp.toString()));
        assertNull(FileStamp.parse("f,1,2,3"));
        assertNull(FileStamp.parse("f,1,2,3,x"));
        assertNull(FileStamp.parse("ff,1,2,3,4"));
        assertNotEquals(stamp, FileStamp.parse("l,12,1796539930515135282,5,3270816"));
    }
}
