# Shared by bench/run and bench/reliability: Java 17, the Maven repository, the build, the class path.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Karaf 4.4.10 needs Java 17.
if [ -d /usr/lib/jvm/java-17-openjdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi
MVN_ARGS=(-B -q)
if [ -n "${MAVEN_REPO:-}" ]; then MVN_ARGS+=("-Dmaven.repo.local=$MAVEN_REPO"); fi
if [ -n "${MAVEN_OFFLINE:-}" ]; then MVN_ARGS+=(-o); fi
# The distribution resolves the example modules (hello) from the local Maven repository.
REPO="${MAVEN_REPO:-$HOME/.m2/repository}"

# Builds the distribution (unless BENCH_NO_BUILD=1, e.g. right after mvn install in .ci/run), then bench/.
build() {
  if [ -z "${BENCH_NO_BUILD:-}" ]; then
    (cd "$ROOT" && mvn "${MVN_ARGS[@]}" install -DskipTests)
  fi
  (cd "$ROOT/bench" && mvn "${MVN_ARGS[@]}" install -DskipTests)
}

# Runs a main class of the harness with the given system properties.
harness() {
  local main="$1"; shift
  java -Dbench.root="$ROOT" -Dmaven.repo.local="$REPO" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "$@" \
    -cp "$ROOT/bench/harness/target/classes:$ROOT/bench/harness/target/lib/*" "$main"
}

# --short, --runs=N, --module=ID, --only=1,2 become system properties.
options() {
  OPTS=()
  for arg in "$@"; do
    case "$arg" in
      --short) OPTS+=("-Dbench.short=true") ;;
      --runs=*) OPTS+=("-Dbench.runs=${arg#--runs=}") ;;
      --module=*) OPTS+=("-Dbench.module=${arg#--module=}") ;;
      --only=*) OPTS+=("-Dbench.only=${arg#--only=}") ;;
      *) echo "unknown option $arg" >&2; exit 2 ;;
    esac
  done
}
