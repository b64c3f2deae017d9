package org.disruptionanalytics.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * The driver's Hadoop settings (file systems, credentials from spark.hadoop.*), carried to the
 * tasks that open input files themselves.
 */
public final class HadoopSettings implements Serializable {

  private final Map<String, String> entries = new HashMap<>();

  public HadoopSettings(Configuration conf) {
    conf.forEach(e -> entries.put(e.getKey(), e.getValue()));
  }

  public InputStream open(String uri) throws IOException {
    Path path = new Path(uri);
    return path.getFileSystem(configuration()).open(path);
  }

  public Configuration configuration() {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }
}
