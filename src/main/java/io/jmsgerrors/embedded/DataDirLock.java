package io.jmsgerrors.embedded;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An exclusive lock on a data directory, so two brokers never share (and corrupt) one KRaft log. */
final class DataDirLock implements AutoCloseable {
  private static final String LOCK_FILE = ".jmsg-errors-broker.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirLock acquire(Path dataDir) {
    Path file = dataDir.toAbsolutePath().resolve(LOCK_FILE);
    try {
      Files.createDirectories(dataDir);
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw new EmbeddedKafkaException("embedded Kafka data directory " + dataDir.toAbsolutePath()
            + " is in use by another broker (another 'jmsg-errors run'?); stop it or set EMBEDDED_KAFKA_DIR to another directory");
      }
      return new DataDirLock(channel, lock);
    } catch (IOException | SecurityException e) {
      throw new EmbeddedKafkaException("embedded Kafka data directory " + dataDir.toAbsolutePath()
          + " is not writable (" + e + "); set EMBEDDED_KAFKA_DIR to a writable directory", e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new EmbeddedKafkaException("cannot release the lock on the embedded Kafka data directory", e);
    }
  }
}
