package org.disruptionanalytics.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work that runs beside the job's main thread, on a thread of its own, and is joined once. Spark
 * runs jobs from several threads at once: while one thread plans or waits on a job of a task or
 * two, the other's tasks use the cores.
 */
final class SideBranch<T> {

  private final CompletableFuture<T> result = new CompletableFuture<>();

  private SideBranch(String name, Supplier<T> work) {
    Thread thread = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  static <T> SideBranch<T> start(String name, Supplier<T> work) {
    return new SideBranch<>(name, work);
  }

  /** Its result, or what it threw, as it threw it (so a PipelineException keeps its kind). */
  T join() {
    try {
      return result.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Waits for it to end, whatever it ends with, so that the main thread cleans up after itself
   * and after the branch: its result, or null when it failed (then {@link #join} throws).
   */
  T awaitQuietly() {
    try {
      return result.join();
    } catch (RuntimeException failed) {
      return null;
    }
  }
}
