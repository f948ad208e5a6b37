package org.vigil.app;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.app.config.VigilConfig;
import org.vigil.app.web.WebServer;
import org.vigil.screening.batch.BatchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil serve}: the web console and HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web console and HTTP API (default http://127.0.0.1:8080).",
                "Several instances may share one PostgreSQL database (--db) behind a load balancer."})
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: server.port, 8080; 0 = any free).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: 127.0.0.1).")
    String host;

    @Mixin

    DatabaseOption db;

    @Option(names = "--batch-workers", paramLabel = "N", description = "Threads screening batch jobs in this "
            + "instance (default: one per CPU core but one, at least 1; 0: this instance stores jobs but leaves "
            + "screening them to other instances on the same database).")
    Integer batchWorkers;

    @Option(names = "--batch-lease", paramLabel = "SECONDS", description = "How long a batch chunk stays with "
            + "the worker that claimed it without renewal; when a worker dies, another instance takes its chunk "
            + "over after this long (default: ${DEFAULT-VALUE}).")
    long batchLeaseSeconds = BatchSettings.DEFAULT_LEASE.toSeconds();

    @Override
    public Integer call() throws Exception {
        VigilConfig cfg = options.load().with(host, port, db.url());
        for (String line : cfg.describe()) {
            options.err().println("vigil: " + line);
        }
        AppContext ctx = AppContext.open(cfg, options.err());
        ctx.activeLists(); // parse before accepting requests, so the first request is fast
        Services services = Services.open(cfg);
        if (!services.users().any()) {
            options.err().println("vigil: no console users yet; create one with `vigil users add NAME --role admin`");
        }
        BatchSettings batch = BatchSettings.withWorkers(batchWorkers == null ? BatchSettings.defaultWorkers()
                : batchWorkers).withLease(Duration.ofSeconds(batchLeaseSeconds));
        options.err().println("vigil: batch jobs: " + batch.workers() + " worker thread(s), lease "
                + batch.lease().toSeconds() + " s");
        Javalin app = new WebServer(ctx, services).batchSettings(batch).create();
        app.start(cfg.host(), cfg.port());
        options.out().println("vigil: serving on http://" + cfg.host() + ":" + app.port() + "/ (Ctrl-C to stop)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            services.close();
            stop.countDown();
        }, "vigil-shutdown"));
        stop.await();
        return 0;
    }
}
