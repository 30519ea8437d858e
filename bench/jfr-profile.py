#!/usr/bin/env python3
"""Summarises CPU samples (jdk.ExecutionSample) of a JFR recording: samples per thread group,
the hottest methods by self time, and inclusive shares of chosen code areas.
Usage: bench/jfr-profile.py RECORDING.jfr [THREAD_OR_FRAME_SUBSTRING]"""
import collections, re, subprocess, sys

AREAS = [
    ("parser (io.jmsgerrors.parse)", "io.jmsgerrors.parse."),
    ("parse processor (topology.ParseProcessor)", "io.jmsgerrors.topology.ParseProcessor."),
    ("enriched JSON encode (serde.EnrichedEventJson)", "io.jmsgerrors.serde.EnrichedEventJson."),
    ("catalog lookup (topology.CatalogView)", "io.jmsgerrors.topology.CatalogView."),
    ("state stores (streams.state)", "org.apache.kafka.streams.state."),
    ("record cache (ThreadCache/NamedCache)", "org.apache.kafka.streams.state.internals.ThreadCache."),
    ("RocksDB", "org.rocksdb."),
    ("suppress buffer", "InMemoryTimeOrderedKeyValueChangeBuffer"),
    ("producer send (KafkaProducer.send)", "org.apache.kafka.clients.producer.KafkaProducer.send"),
    ("consumer poll (KafkaConsumer.poll)", "org.apache.kafka.clients.consumer.internals.ClassicKafkaConsumer.poll"),
    ("record collector (RecordCollectorImpl.send)", "org.apache.kafka.streams.processor.internals.RecordCollectorImpl.send"),
    ("commit (TaskManager.commit)", "org.apache.kafka.streams.processor.internals.TaskManager.commit"),
    ("compression (lz4)", "net.jpountz.lz4."),
    ("CRC32C", "Crc32C"),
    ("metrics (Sensor.record)", "org.apache.kafka.common.metrics.Sensor.record"),
    ("network I/O (Selector.poll)", "org.apache.kafka.common.network.Selector.poll"),
    ("String/UTF-8 serialization", "StringSerializer"),
    ("repartition (map + sink)", "KStreamMap"),
]

def events(path, depth=64):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", str(depth), path],
                         capture_output=True, text=True, check=True).stdout
    for block in out.split("jdk.ExecutionSample {")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', block)
        frames = re.findall(r"^\s{4}([\w$.<>/]+)\(", block, re.M)
        yield (m.group(1) if m else "?"), frames

def group(thread):
    t = re.sub(r"\d+", "N", thread)
    return t

def main():
    path = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    threads, top, incl, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for thread, frames in events(path):
        threads[group(thread)] += 1
        if only and only not in thread and not any(only in f for f in frames):
            continue
        total += 1
        if frames:
            top[frames[0]] += 1
        stack = " ".join(frames)
        for name, key in AREAS:
            if key in stack:
                incl[name] += 1
    print("## samples by thread (all threads)")
    for t, n in threads.most_common(15):
        print(f"{n:7d}  {t}")
    print(f"\n## {total} samples{' of threads or stacks containing ' + repr(only) if only else ''}: hottest methods (self)")
    for f, n in top.most_common(30):
        print(f"{100.0 * n / total:6.1f}%  {f}")
    print("\n## inclusive share of code areas")
    for name, _ in AREAS:
        print(f"{100.0 * incl[name] / max(total, 1):6.1f}%  {name}")

main()
