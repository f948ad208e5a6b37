package org.vigil.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.vigil.screening.security.ApiKeys;
import org.vigil.screening.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil users add|list|set} and {@code vigil users api-key add|list|revoke}: console users and system keys,
 * managed from the server's shell (whoever can run this can read the database anyway). Every change is audited as
 * {@code cli:<os user>}.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Console users (analyst, reviewer, admin) and API keys for systems.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Set.class,
                UsersCommand.Keys.class})
public final class UsersCommand implements Runnable {
    @Mixin
    ConfigOptions options;

    @Override
    public void run() {
        options.err().println("vigil users: give a subcommand, e.g. `vigil users add alice --role analyst`");
    }

    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a console user. The password is read from the terminal (twice), or from the first "
                    + "line of standard input with --password-stdin; at least 12 characters.",
                    "Stored as an Argon2id hash."})
    public static final class Add implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "USERNAME", description = "Lower-case letters, digits, '.', '_', '@', '-'.")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "analyst, reviewer or admin.")
        String role;

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordStdin;

        @Mixin

        DatabaseOption db;

        @Override
        public Integer call() throws IOException {
            Role r = Role.parse(role);
            String password = readPassword(passwordStdin);
            try (Services services = db.open(options)) {
                services.users().add(actor(), username, password, r);
            }
            options.out().printf("added %s (%s)%n", username, r.label());
            return 0;
        }
    }

    static String readPassword(boolean stdin) throws IOException {
        if (stdin) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("password: nothing on standard input");
            }
            return line;
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException("password: no terminal to ask on; pipe it in with --password-stdin");
        }
        char[] a = console.readPassword("Password: ");
        char[] b = console.readPassword("Again: ");
        if (a == null || b == null || !Arrays.equals(a, b)) {
            throw new IllegalArgumentException("password: the two entries differ");
        }
        return new String(a);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List console users and their roles.")
    public static final class ListUsers implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Mixin

        DatabaseOption db;

        @Override
        public Integer call() {
            try (Services services = db.open(options)) {
                services.users().list().forEach(u -> options.out().printf("%-30s %-9s %s%n", u.username(),
                        u.role().label(), u.enabled() ? "enabled" : "disabled"));
            }
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Change a user's role, disable or enable the account, or reset the password.")
    public static final class Set implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", paramLabel = "ROLE", description = "analyst, reviewer or admin.")
        String role;

        @Option(names = "--disable", description = "Disable the account (ends its sessions).")
        boolean disable;

        @Option(names = "--enable", description = "Enable the account.")
        boolean enable;

        @Option(names = "--password", description = "Set a new password (asked for as with `users add`).")
        boolean password;

        @Option(names = "--password-stdin", description = "With --password: read it from standard input.")
        boolean passwordStdin;

        @Mixin

        DatabaseOption db;

        @Override
        public Integer call() throws IOException {
            if (disable && enable) {
                throw new IllegalArgumentException("--disable and --enable: give one");
            }
            try (Services services = db.open(options)) {
                var user = services.users().find(username)
                        .orElseThrow(() -> new IllegalArgumentException("no user '" + username + "'"));
                if (role != null || disable || enable) {
                    services.users().update(actor(), username, role == null ? user.role() : Role.parse(role),
                            disable ? false : enable || user.enabled());
                }
                if (password || passwordStdin) {
                    services.users().setPassword(actor(), username, readPassword(passwordStdin));
                }
            }
            options.out().printf("updated %s%n", username);
            return 0;
        }
    }

    @Command(name = "api-key", mixinStandardHelpOptions = true,
            description = "API keys for systems: send as 'Authorization: Bearer vk_...'.",
            subcommands = {Keys.AddKey.class, Keys.ListKeys.class, Keys.Revoke.class})
    public static final class Keys implements Runnable {
        @Mixin
        ConfigOptions options;

        @Override
        public void run() {
            options.err().println("vigil users api-key: give a subcommand: add, list or revoke");
        }

        @Command(name = "add", mixinStandardHelpOptions = true,
                description = "Create a key; it is printed once and only its digest is stored.")
        public static final class AddKey implements Callable<Integer> {
            @Mixin
            ConfigOptions options;

            @Parameters(paramLabel = "NAME", description = "What uses the key, e.g. core-banking.")
            String name;

            @Option(names = "--role", required = true, paramLabel = "ROLE",
                    description = "analyst, reviewer or admin.")
            String role;

            @Mixin

            DatabaseOption db;

            @Override
            public Integer call() {
                try (Services services = db.open(options)) {
                    ApiKeys.Created k = services.apiKeys().create(actor(), name, Role.parse(role));
                    options.err().printf("vigil: API key %d '%s' (%s) created; it is shown only now:%n",
                            k.key().id(), k.key().name(), k.key().role().label());
                    options.out().println(k.plainText());
                }
                return 0;
            }
        }

        @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (never the keys "
                + "themselves, only their first characters).")
        public static final class ListKeys implements Callable<Integer> {
            @Mixin
            ConfigOptions options;

            @Mixin

            DatabaseOption db;

            @Override
            public Integer call() {
                try (Services services = db.open(options)) {
                    services.apiKeys().list().forEach(k -> options.out().printf("%4d %-30s %-9s %s… %s%n", k.id(),
                            k.name(), k.role().label(), k.prefix(),
                            k.revokedAt().map(t -> "revoked " + t).orElse("active since " + k.createdAt())));
                }
                return 0;
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its number.")
        public static final class Revoke implements Callable<Integer> {
            @Mixin
            ConfigOptions options;

            @Parameters(paramLabel = "ID")
            long id;

            @Mixin

            DatabaseOption db;

            @Override
            public Integer call() {
                try (Services services = db.open(options)) {
                    services.apiKeys().revoke(actor(), id);
                }
                options.out().printf("revoked API key %d%n", id);
                return 0;
            }
        }
    }
}
