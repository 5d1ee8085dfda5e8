#!/usr/bin/env bash
# Gateway overhead (issue 12): wrk at 32 connections on GET /api/applications?limit=50 with a real bearer token,
# direct to tracker-service, through nginx (the reference proxy, config generated here) and through the gateway,
# interleaved round by round in one run on a platform of its own (state under gateway/target/bench, free ports).
# Prints p50 and throughput per target and as ratios against direct; also written to
# gateway/target/benchmark-gateway.md. Works after ./mvnw verify (or packages tracker-service and gateway itself).
# Knobs: ROUNDS=5 DURATION=10s CONNECTIONS=32 gateway/bench/run.sh ; KEEP=1 leaves the platform running.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OUT=$ROOT/gateway/target/bench
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
USER_NAME=${BENCH_USER:-fjord-seeker1}
mkdir -p "$OUT"

# wrk and nginx from Debian's packages
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi

# the services' jars: ./mvnw verify leaves them; else package the two needed here (never install: ~/.m2 is shared)
if [ ! -f tracker-service/target/quarkus-app/quarkus-run.jar ] || [ ! -f gateway/target/quarkus-app/quarkus-run.jar ] \
    || [ ! -d deploy/local-stack/target/lib ]; then
  ./mvnw -q -B -pl deploy/local-stack,tracker-service,gateway -am package -DskipTests
fi

export COACHLINE_STATE_DIR=$OUT/platform COACHLINE_SKIP_BUILD=1
# one user's 600 calls a minute would turn the run into 429s: the bucket is still taken, only larger
export COACHLINE_RATE_LIMIT_REQUESTS=1000000000
for p in PG KAFKA KEYCLOAK KEYCLOAK_MANAGEMENT SMTP IMAP TRACKER REMINDER FEEDBACK GATEWAY; do
  export "COACHLINE_${p}_PORT=0"
done
NGINX_PID=
OLD_PID=
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ -n "$OLD_PID" ] && kill "$OLD_PID" 2>/dev/null || true
  [ -n "${KEEP:-}" ] || ./platform down >/dev/null 2>&1 || true
}
trap cleanup EXIT
./platform up >"$OUT/platform-up.log" 2>&1 || { tail -20 "$OUT/platform-up.log"; exit 1; }

prop() { grep -m1 "^$1=" "$COACHLINE_STATE_DIR/state.properties" | cut -d= -f2- | sed 's/\\:/:/g; s/\\=/=/g'; }
TRACKER=$(prop tracker-service.url)
GATEWAY=$(prop gateway.url)
KEYCLOAK=$(prop keycloak.url)
REMINDER=$(prop reminder-service.url || true)   # not needed here: absent when only tracker and gateway are built
FEEDBACK=$(prop feedback-service.url || true)
[ -n "$TRACKER" ] && [ -n "$GATEWAY" ] || { echo "tracker or gateway did not start; see $OUT/platform/logs" >&2; exit 1; }

token() {
  curl -sf -d grant_type=password -d client_id=platform-cli -d username="$USER_NAME" -d password=demo-password \
    "$KEYCLOAK/realms/coaching/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
TOKEN=$(token)

# a full page: at least 50 applications for the caller
have=$(curl -sf -H "Authorization: Bearer $TOKEN" "$TRACKER/api/applications?limit=50" | grep -o '"id":"' | wc -l || true)
for i in $(seq "$have" 59); do
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"employer\":\"Bench $i AS\",\"position\":\"Backend developer\",\"sector\":\"PRIVATE\"}" "$TRACKER/api/applications"
done

# nginx in front of the same tracker: keep-alive upstream connections, as the gateway has
NGINX_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$OUT/nginx/logs"
cat >"$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/logs/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $OUT/nginx/body;
  proxy_temp_path $OUT/nginx/proxy;
  upstream tracker { server ${TRACKER#http://}; keepalive 64; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://tracker;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1

declare -A URL=([direct]="$TRACKER" [nginx]="http://127.0.0.1:$NGINX_PORT" [gateway]="$GATEWAY")
TARGETS="direct nginx gateway"

# OLD_GATEWAY=<a gateway's target/quarkus-app of another commit>: measured as a fourth target "gateway-old"
if [ -n "${OLD_GATEWAY:-}" ]; then
  OLD_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  (eval "$(./platform env)"; export COACHLINE_TRACKER_URL=$TRACKER COACHLINE_REMINDER_URL=${REMINDER:-$TRACKER} \
     COACHLINE_FEEDBACK_URL=${FEEDBACK:-$TRACKER}
   exec java -Xmx384m -Dquarkus.http.port="$OLD_PORT" -jar "$OLD_GATEWAY/quarkus-run.jar") >"$OUT/gateway-old.log" 2>&1 &
  OLD_PID=$!
  for i in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$OLD_PORT/q/health/ready" && break; sleep 1; done
  [ "$i" -lt 180 ] || { echo "the old gateway did not start; see $OUT/gateway-old.log" >&2; exit 1; }
  URL[gateway-old]="http://127.0.0.1:$OLD_PORT"
  TARGETS="$TARGETS gateway-old"
fi
PATH_Q="/api/applications?limit=50"
: >"$OUT/samples.tsv"

# one wrk run: "p50_ms requests_per_s"; fails on any non-2xx answer (an expired token would measure 401s)
measure() {
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$2" --timeout 10s --latency -H "Authorization: Bearer $TOKEN" "${URL[$1]}$PATH_Q")
  if grep -qE "Non-2xx|Socket errors: connect [1-9]" <<<"$out" || ! grep -q "^Requests/sec" <<<"$out"; then echo "$1 did not answer every call with 2xx:" >&2; echo "$out" >&2; exit 1; fi
  awk '/^ +50%/ { v=$2; if (v ~ /us$/) p=v/1000; else if (v ~ /ms$/) p=v+0; else p=v*1000 }
       /^Requests\/sec/ { r=$2 } END { printf "%.3f %.1f\n", p, r }' <<<"$out"
}

echo "warm-up (discarded)"
for t in $TARGETS; do measure "$t" "${WARMUP:-20s}" >/dev/null; done
for r in $(seq 1 "$ROUNDS"); do
  TOKEN=$(token)   # a fresh token each round: they live 15 minutes
  for t in $TARGETS; do
    read -r p50 rps < <(measure "$t" "$DURATION")
    printf '%s\t%s\t%s\t%s\n' "$r" "$t" "$p50" "$rps" | tee -a "$OUT/samples.tsv"
  done
done

# medians over the rounds, ratios against direct
python3 - "$OUT/samples.tsv" "$ROUNDS" "$DURATION" "$CONNECTIONS" >"$ROOT/gateway/target/benchmark-gateway.md" <<'PY'
import statistics, sys
rows = [l.split('\t') for l in open(sys.argv[1]).read().split('\n') if l]
med = {}
for t in dict.fromkeys(r[1] for r in rows):
    med[t] = (statistics.median(float(r[2]) for r in rows if r[1] == t),
              statistics.median(float(r[3]) for r in rows if r[1] == t))
d = med["direct"]
print(f"GET /api/applications?limit=50, wrk {sys.argv[4]} connections, {sys.argv[2]} interleaved rounds of {sys.argv[3]}, medians\n")
print("| target | p50 ms | requests/s | p50 vs direct | throughput vs direct |")
print("|---|---:|---:|---:|---:|")
for t, (p, r) in med.items():
    print(f"| {t} | {p:.2f} | {r:.0f} | {p / d[0]:.2f}x | {r / d[1]:.2f}x |")
PY
cat "$ROOT/gateway/target/benchmark-gateway.md"
