#!/usr/bin/env bash
# Developer aid: prints the text report of the example (or of the given files) through the test
# classpath of parley-corenlp. Usage: dev/print.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -pl parley-core,parley-corenlp test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2
exec java -Xmx3g -cp "parley-corenlp/target/test-classes:parley-corenlp/target/classes:parley-core/target/classes:$(cat parley-corenlp/target/cp.txt)" org.parley.corenlp.PrintExample "$@"
