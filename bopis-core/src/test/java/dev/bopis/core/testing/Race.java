package dev.bopis.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on one thread each, released together by a start latch, so they contend for the same
 * order or the same stock as closely as the scheduler allows.
 */
public final class Race {

  private static final long TIMEOUT_SECONDS = 30;

  private Race() {}

  /**
   * The result of one task: its value, or what it threw.
   *
   * @param value the returned value, or null if the task threw
   * @param failure the exception the task threw, or null if it returned
   * @param <T> the value type
   */
  public record Outcome<T>(@Nullable T value, @Nullable Throwable failure) {

    /** Returns whether the task returned normally. */
    public boolean returned() {
      return failure == null;
    }
  }

  /**
   * Runs every task at once and returns their outcomes in task order.
   *
   * @throws AssertionError if the tasks do not finish within 30 seconds
   * @throws InterruptedException if the test thread is interrupted while waiting
   */
  public static <T> List<Outcome<T>> run(List<? extends Callable<T>> tasks)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return task.call();
                }));
      }
      ready.await();
      start.countDown();

      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        outcomes.add(outcome(future));
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> Outcome<T> outcome(Future<T> future) throws InterruptedException {
    try {
      return new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
    } catch (ExecutionException e) {
      return new Outcome<>(null, e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("a racing task did not finish within " + TIMEOUT_SECONDS + " s", e);
    }
  }
}
