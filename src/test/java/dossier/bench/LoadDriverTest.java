package dossier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadDriverTest {
  private static final List<String> PATHS =
      IntStream.range(0, 40).mapToObj(i -> "api/claims?offset=" + i).toList();

  @Test
  void fallsBackToJavasClientWhenWrkIsNotOnThePath(@TempDir Path empty) {
    LoadDriver d = LoadDriver.choose("http://127.0.0.1:1/", empty + ":" + empty.resolve("no"));

    assertInstanceOf(HttpClientDriver.class, d);
  }

  @Test
  void choosesWrkWhereThePathHasIt(@TempDir Path bin) throws IOException {
    Path wrk = Files.createFile(bin.resolve("wrk"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

    LoadDriver d = LoadDriver.choose("http://127.0.0.1:1/", "/nowhere:" + bin);

    assertInstanceOf(WrkDriver.class, d);
    assertEquals(wrk, LoadDriver.find("wrk", "/nowhere:" + bin).orElseThrow());
  }

  @Test
  void javasClientSendsEveryPathOnce() throws Exception {
    try (PathServer server = new PathServer()) {
      Latencies l = new HttpClientDriver(server.url()).send(PATHS, 4);

      assertEquals(PATHS.size(), l.requests());
      assertEquals(PATHS.stream().sorted().toList(), server.asked().stream().sorted().toList());
    }
  }

  @Test
  void wrkSendsThePathsInOrderAndEndsOnceAllAreAnswered() throws Exception {
    Path wrk = LoadDriver.find("wrk", System.getenv("PATH")).orElse(null);
    assumeTrue(wrk != null, "wrk is not installed");
    try (PathServer server = new PathServer()) {
      Latencies l = new WrkDriver(wrk, server.url()).send(PATHS, 1);

      assertEquals(PATHS.size(), l.requests());
      assertEquals(PATHS, server.asked().subList(0, PATHS.size()));
      assertTrue(l.p50() > 0 && l.p50() <= l.p90() && l.p90() <= l.p99(), l.toString());
    }
  }

  @Test
  void wrkFailsARunWithAnswersOtherThan200() throws Exception {
    Path wrk = LoadDriver.find("wrk", System.getenv("PATH")).orElse(null);
    assumeTrue(wrk != null, "wrk is not installed");
    try (PathServer server = new PathServer()) {
      assertThrows(IOException.class,
          () -> new WrkDriver(wrk, server.url()).send(List.of("api/missing", "api/a"), 2));
    }
  }
}
