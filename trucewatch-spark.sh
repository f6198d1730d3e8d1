#!/usr/bin/env bash
# TruceWatch on Spark, in local mode (the trucewatch-spark command; the module's folder has the plain name): builds
# the trucewatch-spark module with Maven on first use (and whenever a source or POM changed since the last build), then
# runs its command line with Spark's libraries from the local Maven repository and the JVM flags Spark 4 needs on
# Java 17. Build output goes to standard error. For a cluster, use spark-submit with
# trucewatch-spark/target/trucewatch-spark-cluster.jar (see trucewatch-spark/README.md).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
target="$root/trucewatch-spark/target"
jar="$target/trucewatch-spark.jar"

stale() {
  [ -f "$jar" ] && [ -f "$target/classpath-runtime.txt" ] && [ -f "$target/classpath-spark.txt" ] || return 0
  [ -n "$(find "$root" -maxdepth 2 -name pom.xml -newer "$jar" -print -quit)" ] && return 0
  [ -n "$(find "$root"/trucewatch-core/src/main "$root"/trucewatch-spark/src/main -newer "$jar" -print -quit)" ] \
    && return 0
  return 1
}

if stale; then
  if ! command -v mvn >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1; then
    echo "trucewatch-spark: a Java 17 JDK and Maven 3.8+ are needed to build (apt-get install openjdk-17-jdk-headless maven)" >&2
    exit 3
  fi
  echo "trucewatch-spark: building (first use, or sources changed; the first build downloads Spark)..." >&2
  if ! (cd "$root" && mvn -q -B -DskipTests -pl trucewatch-spark -am package) >&2; then
    echo "trucewatch-spark: build failed (run 'mvn -B -pl trucewatch-spark -am package' in $root to see why)" >&2
    exit 70
  fi
fi

# What Spark 4.1 gives its own JVMs on Java 17 (spark-launcher's JavaModuleOptions; the module's surefire argLine too).
flags=(-XX:+IgnoreUnrecognizedVMOptions --add-modules=jdk.incubator.vector
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true
  -Dio.netty.allocator.type=pooled -Dio.netty.handler.ssl.defaultEndpointVerificationAlgorithm=NONE
  --enable-native-access=ALL-UNNAMED
  -Dslf4j.provider=org.apache.logging.slf4j.SLF4JServiceProvider)
cp="$jar:$(cat "$target/classpath-runtime.txt"):$(cat "$target/classpath-spark.txt")"
exec java "-Xmx${TRUCEWATCH_SPARK_HEAP:-4g}" "${flags[@]}" ${TRUCEWATCH_JAVA_OPTS:-} -cp "$cp" \
  org.trucewatch.spark.SparkMain "$@"
