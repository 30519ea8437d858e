package io.jmsgerrors.bench;

import java.io.IOException;
import java.nio.file.Path;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** The heap use a JFR recording saw: the highest before a GC (peak) and the highest after one (live set). */
record JfrHeap(long peakBytes, long maxAfterGcBytes) {
  static JfrHeap read(Path recording) throws IOException {
    long peak = 0;
    long after = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
      if (e.getEventType().getName().equals("jdk.GCHeapSummary")) {
        long used = e.getLong("heapUsed");
        peak = Math.max(peak, used);
        if ("After GC".equals(e.getString("when"))) {
          after = Math.max(after, used);
        }
      }
    }
    return new JfrHeap(peak, after);
  }
}
