package dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

class SparkFailuresTest {
  private static final String MASTER = "spark://cluster.example:7077";

  @Test
  void namesTheStageFailureOfALostExecutorOnOneLine() {
    SparkException e = new SparkException("Job aborted due to stage failure: Task 0 in stage 0.0"
        + " failed 4 times, most recent failure: Lost task 0.3 (executor 1): ExecutorLostFailure"
        + " (executor 1 exited caused by one of the running tasks) Reason: Command exited with"
        + " code 137\nDriver stacktrace:\n\tat org.apache.spark.scheduler.DAGScheduler.x()");
    SparkJobException mapped = SparkFailures.of(MASTER, e);
    assertTrue(mapped.getMessage().startsWith("Job aborted due to stage failure"), mapped.getMessage());
    assertTrue(mapped.getMessage().contains("ExecutorLostFailure"), mapped.getMessage());
    assertEquals(1, mapped.getMessage().lines().count());
    assertSame(e, mapped.getCause());
  }

  @Test
  void saysTheMasterCannotBeReachedWhenAConnectionWasRefusedDeepDown() {
    Exception e = new SparkException("Exception thrown in awaitResult",
        new RuntimeException("rpc failed", new ConnectException("Connection refused")));
    assertEquals("cannot reach " + MASTER + " (Connection refused)",
        SparkFailures.reason(MASTER, e));
  }

  @Test
  void saysSparkStoppedTheApplicationWhenTheContextWasStoppedUnderTheJob() {
    Exception e = new IllegalStateException("Cannot call methods on a stopped SparkContext.\n"
        + "This stopped SparkContext was created at:\n\tat x.y()");
    assertTrue(SparkFailures.reason(MASTER, e).startsWith("Spark stopped the application on "
        + MASTER));
  }

  @Test
  void cutsAnOverlongFirstLine() {
    String reason = SparkFailures.reason(MASTER, new SparkException("x".repeat(5_000)));
    assertTrue(reason.length() < 400, reason);
  }

  @Test
  void findsEveryMasterOfAStandaloneUrlAndNoneOfOthers() {
    List<InetSocketAddress> masters = Masters.addresses("spark://127.0.0.1:7077,127.0.0.1:7078");
    assertEquals(List.of(7077, 7078), masters.stream().map(InetSocketAddress::getPort).toList());
    assertEquals(List.of(), Masters.addresses("local[2]"));
    assertEquals(List.of(), Masters.addresses("yarn"));
  }

  @Test
  void refusesAMasterNothingListensOn() throws Exception {
    String master = "spark://127.0.0.1:" + freePort();
    SparkJobException e = org.junit.jupiter.api.Assertions.assertThrows(SparkJobException.class,
        () -> Masters.checkReachable(master));
    assertTrue(e.getMessage().startsWith("cannot reach " + master + " ("), e.getMessage());
  }

  @Test
  void acceptsAMasterThatListens() throws Exception {
    try (ServerSocket listening = new ServerSocket(0)) {
      Masters.checkReachable("spark://127.0.0.1:" + listening.getLocalPort());
    }
  }

  /** A port that nothing listens on, as far as a test can tell. */
  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
