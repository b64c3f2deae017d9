package org.disruptionanalytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import org.disruptionanalytics.PipelineException;
import org.disruptionanalytics.PipelineException.Kind;
import org.junit.jupiter.api.Test;

/** The side branch runs on its own thread, and its result or failure reaches the main thread as it was. */
class SideBranchTest {

  @Test
  void runsBesideTheCallerAndGivesItsResult() throws InterruptedException {
    CountDownLatch callerWaiting = new CountDownLatch(1);
    Thread caller = Thread.currentThread();
    SideBranch<String> branch = SideBranch.start("test-branch", () -> {
      try {
        // Only a branch on another thread can wait for the caller without a deadlock.
        callerWaiting.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      assertNotEquals(caller, Thread.currentThread());
      return Thread.currentThread().getName();
    });
    callerWaiting.countDown();
    assertEquals("test-branch", branch.join());
    assertEquals("test-branch", branch.awaitQuietly());
  }

  @Test
  void aFailureKeepsItsKindForTheExitStatus() {
    PipelineException thrown = new PipelineException(Kind.OUTPUT, "cannot write clean/ocg_links");
    SideBranch<Void> branch = SideBranch.start("test-branch", () -> {
      throw thrown;
    });
    assertNull(branch.awaitQuietly(), "a failed branch has no result");
    PipelineException joined = assertThrows(PipelineException.class, branch::join);
    assertSame(thrown, joined);
    assertEquals(6, joined.kind().exitStatus);
  }

  @Test
  void anErrorIsRethrownAsItself() {
    SideBranch<Void> branch = SideBranch.start("test-branch", () -> {
      throw new OutOfMemoryError("test");
    });
    assertEquals("test", assertThrows(OutOfMemoryError.class, branch::join).getMessage());
  }
}
