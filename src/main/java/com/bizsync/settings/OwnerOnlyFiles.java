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

/** Files that only the account running BizSync may read or write (POSIX mode 600, or an owner-only ACL). */
final class OwnerOnlyFiles {
    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> OWNER_READ_WRITE =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private OwnerOnlyFiles() {
    }

    /** Creates an empty file restricted before any byte is written to it. */
    static void createEmpty(Path file) throws IOException {
        if (isPosix(file)) {
            // The mode is applied at creation (the umask can only remove bits), so no window where others could open it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
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
            if (!current.equals(OWNER_READ_WRITE)) {
                LOG.warn("Key file {} had permissions {}: restricting to the owner", file,
                        PosixFilePermissions.toString(current));
                view.setPermissions(OWNER_READ_WRITE);
            }
        }
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
