package com.bizsync.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files that only the account running BizSync may read or write (POSIX mode 600, or an owner-only
 * ACL). In an installation's shared folder (group-writable, nothing for others: the installer
 * makes {@code /var/lib/bizsync} {@code root:bizsync 2770}) the folder's group may read them too
 * (mode 640), so that the background runner and the administrators' console share one key.
 */
final class OwnerOnlyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private static final Set<PosixFilePermission> OWNER_READ_WRITE_GROUP_READ =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ);

    private OwnerOnlyFiles() {
    }

    /**
     * A folder shared by a group on purpose: its group may write in it and others have no access.
     * The per-user folder (mode 700 or 755) is not.
     */
    static boolean groupShared(Path folder) {
        if (!isPosix(folder) || !Files.isDirectory(folder)) {
            return false;
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
            return mode.contains(PosixFilePermission.GROUP_WRITE) && !mode.contains(PosixFilePermission.OTHERS_READ)
                    && !mode.contains(PosixFilePermission.OTHERS_WRITE) && !mode.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<PosixFilePermission> allowed(Path file) {
        return groupShared(file.toAbsolutePath().getParent()) ? OWNER_READ_WRITE_GROUP_READ : OWNER_READ_WRITE;
    }

    /** Creates an empty file restricted before any byte is written to it. */
    static void createEmpty(Path file) throws IOException {
        if (isPosix(file)) {
            // The mode is applied at creation (the umask can only remove bits), so no window where others could open it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(allowed(file)));
        } else {
            Files.createFile(file);
            restrictAcl(file);
        }
    }

    /**
     * Restores mode 600 if someone widened it (for instance a copy with default rights). Windows
     * ACLs are left as found after creation: an administrator may have granted the account of a
     * scheduled task on purpose, and rewriting them could lock that account out.
     */
    static void tighten(Path file) throws IOException {
        if (isPosix(file)) {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            Set<PosixFilePermission> current = view.readAttributes().permissions();
            Set<PosixFilePermission> allowed = allowed(file);
            if (!allowed.containsAll(current) || !current.containsAll(OWNER_READ_WRITE)) {
                Set<PosixFilePermission> tightened = EnumSet.copyOf(allowed);
                tightened.retainAll(current);
                tightened.addAll(OWNER_READ_WRITE);
                LOG.warn("Key file {} had permissions {}: restricting to {}", file,
                        PosixFilePermissions.toString(current), PosixFilePermissions.toString(tightened));
                view.setPermissions(tightened);
            }
        }
    }

    /**
     * Lets the folder's group read and write a new database file of a shared folder (SQLite gives
     * its -wal and -shm files the same mode), whatever the umask of the process that creates it.
     */
    static void prepareSharedDatabase(Path file) throws IOException {
        if (Files.exists(file) || !groupShared(file.toAbsolutePath().getParent())) {
            return;
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ)));
        // createFile's mode passes through the umask, which usually removes group write.
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    }

    private static boolean isPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** One ACL entry, the owner's: replaces whatever the folder handed down. */
    private static void restrictAcl(Path file) throws IOException {
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            LOG.warn("File system of {} has neither POSIX permissions nor ACLs: relying on the folder's rights", file);
            return;
        }
        UserPrincipal owner = Files.getFileAttributeView(file, FileOwnerAttributeView.class).getOwner();
        AclEntry ownerOnly = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(owner)
                .setPermissions(EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
                        AclEntryPermission.APPEND_DATA, AclEntryPermission.READ_ATTRIBUTES,
                        AclEntryPermission.WRITE_ATTRIBUTES, AclEntryPermission.READ_NAMED_ATTRS,
                        AclEntryPermission.WRITE_NAMED_ATTRS, AclEntryPermission.READ_ACL,
                        AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE, AclEntryPermission.SYNCHRONIZE))
                .build();
        acl.setAcl(List.of(ownerOnly));
    }
}
