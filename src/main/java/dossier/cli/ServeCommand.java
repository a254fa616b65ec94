package dossier.cli;

import dossier.Dossier;
import dossier.api.ApiServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the knowledge base over HTTP until stopped: a JSON API under /api/",
        "(described by /api/openapi.json) and a web page at / with the entity graph, a timeline,",
        "claims and the highlighted evidence. Listens on the loopback interface unless told."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--db", paramLabel = "FILE", description = "SQLite file (default: ${DEFAULT-VALUE})")
  Path db = Dossier.DEFAULT_DATABASE;

  @Option(names = "--host", paramLabel = "HOST",
      description = "address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --token")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "N", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = "--token", paramLabel = "T", defaultValue = "${env:DOSSIER_TOKEN}",
      description = {"every API request must bear it: 'Authorization: Bearer T' or ?token=T;",
          "the page takes it from its address, as #token=T (default: $DOSSIER_TOKEN)"})
  String token;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      System.err.println("dossier: --port must be from 0 to 65535");
      return ExitCodes.USAGE;
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (token == null && !ApiServer.Settings.loopback(host)) {
      System.err.println("dossier: --token is required to serve on " + host
          + ", which is reachable from other machines");
      return ExitCodes.USAGE;
    }
    if (!EntitiesCommand.exists(db)) {
      return ExitCodes.FAILED;
    }
    try (Dossier dossier = Dossier.builder().database(db).build()) {
      ApiServer server = ApiServer.start(dossier.store(), new ApiServer.Settings(host, port, token));
      System.err.println("dossier: serving " + server.url() + (token == null ? ""
          : " (open " + server.url() + "#token=… ; API requests need the token)"));
      System.err.println("dossier: contradictions and clusters follow once claims are linked"
          + " across reports (minutes on a large knowledge base)");
      awaitShutdown(server);
    }
    return ExitCodes.OK;
  }

  /** Serves until the process is told to stop (Ctrl-C, SIGTERM), then closes the server. */
  private static void awaitShutdown(ApiServer server) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "dossier-serve-stop"));
    stopped.await();
  }
}
