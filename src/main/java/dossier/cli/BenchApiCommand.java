package dossier.cli;

import dossier.bench.ApiBench;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "api", mixinStandardHelpOptions = true,
    description = {"Times the HTTP API under concurrent load over a store of made-up reports",
        "(ten claims each), made once and reused: p50, p90 and p99 latency and CPU time per",
        "request for each kind of request and number of clients, with the load average."})
final class BenchApiCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--store", paramLabel = "FILE",
      description = "the benchmark's store, made when missing (default: ${DEFAULT-VALUE})")
  Path store = Path.of("target", "bench", "bench.db");

  @Option(names = "--reports", defaultValue = "10000", paramLabel = "N",
      description = "reports in a new store; an existing one must hold as many (default: ${DEFAULT-VALUE})")
  int reports;

  @Option(names = "--clients", defaultValue = "1,4,8", split = ",", paramLabel = "N",
      description = "numbers of client threads, in order (default: ${DEFAULT-VALUE})")
  List<Integer> clients;

  @Option(names = "--requests", defaultValue = "500", paramLabel = "N",
      description = "requests of each kind at each number of clients (default: ${DEFAULT-VALUE})")
  int requests;

  @Override
  public Integer call() throws Exception {
    if (reports < 1 || requests < 1 || clients.stream().anyMatch(c -> c < 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--reports, --requests and --clients must be 1 or more");
    }
    new ApiBench(store, reports, clients, requests).run(System.out, System.err);
    return ExitCodes.OK;
  }
}
