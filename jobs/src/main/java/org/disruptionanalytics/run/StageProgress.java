package org.disruptionanalytics.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress on long Spark stages in the run's log: a line per stage that runs longer than the
 * interval, every interval, with the tasks done; quiet for short ones, so a run's log stays one
 * line per pipeline stage on small inputs.
 */
final class StageProgress extends SparkListener {

  private static final Logger LOG = LoggerFactory.getLogger(StageProgress.class);

  /** A stage in flight; the listener bus calls one method at a time, so plain fields do. */
  private static final class Running {
    final String name;
    final int tasks;
    final long startedMs;
    int done;
    long loggedMs;

    Running(String name, int tasks, long startedMs) {
      this.name = name;
      this.tasks = tasks;
      this.startedMs = startedMs;
      this.loggedMs = startedMs;
    }
  }

  private final long intervalMs;
  private final Map<Integer, Running> running = new ConcurrentHashMap<>();

  StageProgress(long intervalMs) {
    this.intervalMs = intervalMs;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    long now = System.currentTimeMillis();
    running.put(event.stageInfo().stageId(), new Running(event.stageInfo().name(), event.stageInfo().numTasks(), now));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    Running r = running.get(event.stageId());
    if (r == null) {
      return;
    }
    r.done++;
    long now = System.currentTimeMillis();
    if (now - r.loggedMs >= intervalMs) {
      r.loggedMs = now;
      LOG.info("progress: Spark stage {} ({}): {}/{} tasks after {} s", event.stageId(), r.name, r.done, r.tasks,
          (now - r.startedMs) / 1000);
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    Running r = running.remove(event.stageInfo().stageId());
    long now = System.currentTimeMillis();
    if (r != null && now - r.startedMs >= intervalMs) {
      LOG.info("progress: Spark stage {} ({}) finished: {} tasks in {} s", event.stageInfo().stageId(), r.name,
          r.tasks, (now - r.startedMs) / 1000);
    }
  }
}
