package hotline.identity.internal;

import hotline.audit.AuditLog;
import hotline.platform.DataDirectory;
import hotline.platform.demo.DemoMode;
import hotline.platform.security.Actor;
import hotline.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

/**
 * On a first start outside demo mode there is exactly one account: {@code admin}, with a random password written
 * once to the log and to {@code <data dir>/initial-admin-password}, to be changed at the first sign-in.
 */
@Component
class InitialAdmin {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final DemoMode demoMode;
    private final DataDirectory dataDirectory;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;

    InitialAdmin(UserAccountRepository accounts, PasswordEncoder encoder, DemoMode demoMode,
                 DataDirectory dataDirectory, TransactionTemplate transaction, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.demoMode = demoMode;
        this.dataDirectory = dataDirectory;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    @Order(-10)
    @EventListener(ApplicationStartedEvent.class)
    void createOnFirstStart() {
        if (demoMode.enabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (accounts.count() > 0) {
                return;
            }
            String password = randomPassword();
            var admin = UserAccount.open("admin", "Administrator", encoder.encode(password), null, null,
                    Set.of(Role.ADMIN), clock.instant());
            admin.setPassword(admin.passwordHash(), true, clock.instant());
            admin = accounts.save(admin);
            audit.record(Actor.SYSTEM, "user", admin.id(), "create", "created the first administrator", null,
                    admin.auditState());
            var file = dataDirectory.path().resolve("initial-admin-password");
            try {
                Files.createDirectories(dataDirectory.path());
                Files.writeString(file, password + System.lineSeparator(), StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the file keeps the directory's permissions
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            log.warn("""

                    ================================================================================
                     First start: created the account 'admin' with the one-time password {}
                     (also written to {}). Change it at the first sign-in.
                    ================================================================================""",
                    password, file);
        });
    }

    private static String randomPassword() {
        var random = new SecureRandom();
        var sb = new StringBuilder();
        while (sb.length() < 16) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        // the policy wants letters and digits; guarantee one of each
        sb.setCharAt(random.nextInt(8), (char) ('2' + random.nextInt(8)));
        sb.setCharAt(8 + random.nextInt(8), (char) ('a' + random.nextInt(26)));
        return sb.toString();
    }
}
