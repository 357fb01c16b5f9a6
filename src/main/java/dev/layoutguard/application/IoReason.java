package dev.layoutguard.application;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * Why an I/O operation failed, in words and with the path it failed on: the JDK's file system exceptions carry only
 * the path as their message ("Cannot write X: X"), so the reason comes from their type or the system's own words.
 */
public final class IoReason {

    private IoReason() {
    }

    /** The reason and the path, such as {@code permission denied: /p/target/layout}. */
    public static String of(IOException e) {
        if (e instanceof FileSystemException failure) {
            String file = failure.getFile();
            String other = failure.getOtherFile();
            String where = file == null ? "" : ": " + file + (other == null ? "" : " -> " + other);
            return reason(failure) + where;
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "I/O error" : e.getMessage();
    }

    /** The reason alone, without the path. */
    static String reason(FileSystemException failure) {
        if (failure.getReason() != null && !failure.getReason().isBlank()) {
            String reason = failure.getReason();
            return Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (failure instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (failure instanceof NotLinkException) {
            return "not a link";
        }
        return "file system error";
    }
}
