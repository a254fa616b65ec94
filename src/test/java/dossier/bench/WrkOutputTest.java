package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WrkOutputTest {
  /** What wrk 4.1.0 printed under paths.lua for 200 requests over 4 connections. */
  private static final Path RECORDED = Path.of("src/test/resources/bench/wrk-output.txt");

  @Test
  void readsTheScriptsFiguresNotWrksTable() throws IOException {
    Latencies l = WrkOutput.latencies(Files.readString(RECORDED), 200, 1.0);

    assertEquals(200, l.requests());
    assertEquals(59.440, l.p50(), 1e-9);
    assertEquals(124.020, l.p90(), 1e-9);
    assertEquals(225.455, l.p99(), 1e-9);
    assertEquals(3.434964, l.seconds(), 1e-9);
    // wrk's own CPU time and the server's.
    assertEquals(1.083870, l.cpuSeconds(), 1e-9);
  }

  @Test
  void failsARunWithFailedRequests() throws IOException {
    String out = Files.readString(RECORDED).replace("failed=0", "failed=3");

    IOException e = assertThrows(IOException.class, () -> WrkOutput.latencies(out, 200, 0));
    assertTrue(e.getMessage().contains("3 requests failed"), e.getMessage());
  }

  @Test
  void failsARunThatEndedBeforeEveryPathWasAnswered() throws IOException {
    String out = Files.readString(RECORDED);

    IOException e = assertThrows(IOException.class, () -> WrkOutput.latencies(out, 201, 0));
    assertTrue(e.getMessage().contains("200 of 201 answered"), e.getMessage());
  }

  @Test
  void failsOutputWithoutTheScriptsFigures() {
    String wrkAlone = "Running 1m test @ http://127.0.0.1:1/\n  200 requests in 3.43s\n";

    assertThrows(IOException.class, () -> WrkOutput.latencies(wrkAlone, 200, 0));
  }
}
