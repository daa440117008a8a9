#!/bin/sh
# Starts the Payment Hub as a cluster on this machine: WildFly's load balancer (undertow-load-balancer, mod_cluster)
# on the hub's public ports, and PAYMENT_CLUSTER_NODES nodes of this server, each with a base directory and port
# offset of its own, all on one PostgreSQL. Clients of a single hub work unchanged against it. Ctrl-C (or SIGTERM to
# this script) stops them all.
#
#   payment-hub-cluster.sh            the balancer and every node
#   payment-hub-cluster.sh node N     node N alone (to start again a node that was stopped or killed)
#
# Settings (environment), besides the hub's own, which every node gets alike:
#   PAYMENT_CLUSTER_NODES      2        how many nodes
#   PAYMENT_CLUSTER_DIR        ./cluster  base directories, logs and pid files (nodeN/, nodeN.pid, balancer/)
#   PAYMENT_CLUSTER_BALANCER   ../cluster-balancer beside this server   the balancer's installation
#   PAYMENT_CLUSTER_JAVA_OPTS  -Xmx384m and WildFly's usual options     each node's JVM
#   PAYMENT_PORT_OFFSET        0        the balancer: HTTP 8080, HTTPS 8443, mod_cluster's MCMP 8090, plus this.
#                                       Node N: every port plus this + 100·N (HTTP 8180, management 10090 for
#                                       node 1); JGroups 7600 + this + N - 1, its failure detection 100 above.
# nodeN.pid holds node N's JVM (kill -9 "$(cat cluster/node2.pid)" is a crash); balancer.pid the balancer's.
server_bin=$(cd "$(dirname "$0")" && pwd)
server_home=$(cd "$server_bin/.." && pwd)
nodes=${PAYMENT_CLUSTER_NODES:-2}
cluster_dir=${PAYMENT_CLUSTER_DIR:-$PWD/cluster}
balancer_home=${PAYMENT_CLUSTER_BALANCER:-$server_home/../cluster-balancer}
offset=${PAYMENT_PORT_OFFSET:-0}
java_opts=${PAYMENT_CLUSTER_JAVA_OPTS:--Xms64m -Xmx384m -XX:MetaspaceSize=96M -XX:MaxMetaspaceSize=256m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true}

case "${PAYMENT_DB_URL:-}" in
    jdbc:postgresql:*) ;;
    *)
        echo "payment-hub-cluster.sh: a cluster needs PostgreSQL. Every node must share one database, and the" \
            "embedded H2 is one node's file: set PAYMENT_DB_URL=jdbc:postgresql://host:5432/db (with" \
            "PAYMENT_DB_USER, PAYMENT_DB_PASSWORD)." >&2
        exit 1 ;;
esac
case "$nodes" in
    ''|*[!0-9]*|0) echo "payment-hub-cluster.sh: PAYMENT_CLUSTER_NODES must be a number from 1 to 99" >&2; exit 1 ;;
esac
mkdir -p "$cluster_dir" || exit 1
cluster_dir=$(cd "$cluster_dir" && pwd)

# A base directory per server: the provisioned configuration on first use, this installation's EARs each time.
prepare() { # source, target
    if [ ! -d "$2/configuration" ]; then
        mkdir -p "$2" && cp -R "$1/configuration" "$2/" || exit 1
    fi
    rm -rf "$2/deployments" && mkdir -p "$2/deployments" || exit 1
    for ear in "$1"/deployments/*.ear; do
        [ -f "$ear" ] && { cp "$ear" "$2/deployments/" || exit 1; }
    done
}

# Waits for the server's JVM (standalone.sh runs it as its child, after short-lived java version checks) and writes
# its pid.
write_pid() { # wrapper pid, pid file
    while kill -0 "$1" 2>/dev/null; do
        java_pid=$(pgrep -P "$1" -f -- '-D\[Standalone\]')
        if [ -n "$java_pid" ]; then
            echo "$java_pid" > "$2"
            return
        fi
        sleep 0.1
    done
}

start_node() { # N, then the arguments for every node's standalone.sh
    number=$1
    shift
    base="$cluster_dir/node$number"
    rm -f "$cluster_dir/node$number.pid"
    prepare "$server_home/standalone" "$base"
    node_offset=$((offset + 100 * number))
    echo "node$number: HTTP $((8080 + node_offset)), health http://127.0.0.1:$((9990 + node_offset))/health/ready," \
        "log $base/log/server.log, pid file $cluster_dir/node$number.pid"
    # PAYMENT_PORT_OFFSET is the balancer's here: each node gets its own offset as a system property.
    env -u PAYMENT_PORT_OFFSET JAVA_OPTS="$java_opts" sh "$server_bin/payment-hub.sh" \
        -Djboss.server.base.dir="$base" -Djboss.node.name="node$number" \
        -Djboss.socket.binding.port-offset="$node_offset" \
        -Dpayment.cluster.jgroups.port=$((7600 + offset + number - 1)) \
        -Dpayment.cluster.jgroups.seed.port=$((7600 + offset)) \
        -Dpayment.cluster.balancer.port=$((8090 + offset)) \
        -b=127.0.0.1 -bprivate=127.0.0.1 -bmanagement=127.0.0.1 "$@" > "$base/console.log" 2>&1 &
    wrapper=$!
    write_pid "$wrapper" "$cluster_dir/node$number.pid"
    children="$children $wrapper"
    pid_files="$pid_files $cluster_dir/node$number.pid"
}

start_balancer() {
    base="$cluster_dir/balancer"
    rm -f "$cluster_dir/balancer.pid"
    prepare "$balancer_home/standalone" "$base"
    echo "balancer: HTTP $((8080 + offset)), HTTPS $((8443 + offset)), log $base/console.log"
    # the balancer's payment-hub.sh: HTTPS under a keystore password of its own, as a single hub's
    env -u PAYMENT_PORT_OFFSET JAVA_OPTS="-Xms32m -Xmx128m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
        sh "$balancer_home/bin/payment-hub.sh" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset="$offset" -b=127.0.0.1 -bprivate=127.0.0.1 > "$base/console.log" 2>&1 &
    wrapper=$!
    write_pid "$wrapper" "$cluster_dir/balancer.pid"
    children="$children $wrapper"
    pid_files="$pid_files $cluster_dir/balancer.pid"
}

# Stops the servers this script started (SIGTERM: a clean shutdown).
stop_all() {
    for pid_file in $pid_files; do
        [ -f "$pid_file" ] && kill "$(cat "$pid_file")" 2>/dev/null
    done
}

children=
pid_files=
trap 'stop_all' INT TERM
if [ "${1:-}" = node ]; then
    case "${2:-}" in
        ''|*[!0-9]*) echo "payment-hub-cluster.sh: node N, N a number" >&2; exit 1 ;;
    esac
    shift
    start_node "$@"
else
    start_balancer
    for n in $(seq 1 "$nodes"); do
        start_node "$n" "$@"
    done
    echo "The hub: http://localhost:$((8080 + offset)), https://localhost:$((8443 + offset)). Ctrl-C stops it."
fi
# A wait a signal interrupts returns at once: wait again until each server is gone. (The servers run as background
# jobs, which ignore the terminal's SIGINT: the trap above stops them.)
for child in $children; do
    while kill -0 "$child" 2>/dev/null; do
        wait "$child"
    done
done
