# syntax=docker/dockerfile:1
# jmsg-errors container image: a Maven build stage and a JRE runtime running `run` as a non-root user.

# --- build -------------------------------------------------------------------------------------
# The Maven image's own `mvn` (3.9) is used instead of ./mvnw: the wrapper is script-only and would
# download Maven again with tools (curl/wget + unzip) the build image does not promise.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# Dependency-cache layer: changes to src/ do not invalidate the downloaded dependencies and plugins.
COPY pom.xml ./
COPY .mvn/ .mvn/
RUN mvn -B -ntp -q dependency:go-offline dependency:resolve-plugins
COPY src/ src/
RUN mvn -B -ntp package -Dmaven.test.skip=true \
 && cp target/jmsg-errors.jar /src/jmsg-errors.jar

# --- runtime -----------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
ARG APP_UID=10001
RUN groupadd --system --gid "${APP_UID}" jmsg \
 && useradd --system --uid "${APP_UID}" --gid jmsg --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin jmsg \
 && mkdir -p /app /var/lib/jmsg-errors \
 && chown jmsg:jmsg /var/lib/jmsg-errors
WORKDIR /app
COPY --from=build /src/jmsg-errors.jar /app/jmsg-errors.jar
COPY docker/healthcheck.sh /app/healthcheck.sh

# Defaults from the environment contract (README configuration table); writable paths live on the volume.
ENV APPLICATION_ID=jmsg-errors \
    INPUT_TOPICS=jmessage.logs \
    STATE_DIR=/var/lib/jmsg-errors/state \
    EMBEDDED_KAFKA_DIR=/var/lib/jmsg-errors/kafka \
    HTTP_PORT=8080 \
    HTTP_BIND_ADDRESS=0.0.0.0 \
    PROCESSING_GUARANTEE=exactly_once_v2 \
    LOG_LEVEL=INFO
VOLUME ["/var/lib/jmsg-errors"]
EXPOSE 8080

USER 10001:10001

# The JRE image has no curl or wget: the check is a bash /dev/tcp request (docker/healthcheck.sh).
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["bash", "/app/healthcheck.sh", "/health/ready"]

# Heap is a share of the container limit; the rest is left for RocksDB (off-heap), metaspace and
# network buffers. An OutOfMemoryError ends the JVM so the orchestrator restarts it. The parallel
# collector: per record it took less CPU than G1 in the end-to-end benchmark (docs/BENCHMARKS.md,
# 2026-11-27 ninth session), which runs the service with these flags.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50.0", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseParallelGC", "-Djava.io.tmpdir=/tmp", "-jar", "/app/jmsg-errors.jar", "run"]
