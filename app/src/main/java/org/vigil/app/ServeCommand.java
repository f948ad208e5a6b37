package org.vigil.app;

import io.javalin.Javalin;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.app.config.VigilConfig;
import org.vigil.app.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vigil serve}: the web console and HTTP API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web console and HTTP API (default http://127.0.0.1:8080).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: server.port, 8080; 0 = any free).")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default: 127.0.0.1).")
    String host;

    @Override
    public Integer call() throws Exception {
        VigilConfig loaded = options.load();
        VigilConfig cfg = new VigilConfig(loaded.dataDir(), loaded.maxShrink(), loaded.maxFileBytes(),
                loaded.sources(), host != null ? host : loaded.host(), port != null ? port : loaded.port(),
                loaded.file());
        for (String line : cfg.describe()) {
            options.err().println("vigil: " + line);
        }
        AppContext ctx = AppContext.open(cfg, options.err());
        ctx.activeLists(); // parse before accepting requests, so the first request is fast
        Javalin app = new WebServer(ctx).create();
        app.start(cfg.host(), cfg.port());
        options.out().println("vigil: serving on http://" + cfg.host() + ":" + app.port() + "/ (Ctrl-C to stop)");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stop.countDown();
        }, "vigil-shutdown"));
        stop.await();
        return 0;
    }
}
