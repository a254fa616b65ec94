package dossier.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GateTest {
  private static final int REQUESTS = 6;

  @Test
  void letsNoMoreRequestsWorkAtOnceThanItHasPermits() throws Exception {
    assertEquals(2, mostAtOnce(new Gate(2)));
  }

  @Test
  void letsEveryRequestWorkAtOnceWithoutPermits() throws Exception {
    assertEquals(REQUESTS, mostAtOnce(new Gate(0)));
  }

  /** Sends requests that each stay at work until all have started or half a second passed. */
  private static int mostAtOnce(Gate gate) throws Exception {
    AtomicInteger working = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(REQUESTS);
    ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
    try {
      List<Future<Object>> done = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        done.add(pool.submit(() -> gate.through(() -> {
          most.accumulateAndGet(working.incrementAndGet(), Math::max);
          started.countDown();
          started.await(500, TimeUnit.MILLISECONDS);
          return working.decrementAndGet();
        })));
      }
      for (Future<Object> f : done) {
        f.get(10, TimeUnit.SECONDS);
      }
      return most.get();
    } finally {
      pool.shutdownNow();
    }
  }
}
