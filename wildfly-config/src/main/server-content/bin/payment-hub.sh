#!/bin/sh
# Starts the Payment Hub's WildFly: bin/standalone.sh with the same arguments and environment, its threads under
# Linux's SCHED_BATCH scheduling policy where chrt (util-linux) is found, and the HTTPS keystore's password set.
#
# Why SCHED_BATCH: Undertow 2.3's HTTP/1.1 read listener spins on a compare-and-set while the worker thread that
# finished the connection's last exchange still holds it (HttpReadListener.handleEvent against exchangeComplete).
# That worker's own resumeReads wakes the I/O thread; under the default policy the woken thread may preempt the
# worker on its core and spin there until the kernel takes it off again. SCHED_BATCH threads never preempt on
# wakeup, so the worker finishes first: in the benchmark (docs/decisions/0002-sched-batch.md) the spin went from
# 18 % of a callback's server CPU to 2 %. The policy is otherwise the default's: the same fair share of the CPU, at the same
# nice level. PAYMENT_SCHED_BATCH=false starts standalone.sh as it is. Under systemd, CPUSchedulingPolicy=batch
# does the same.
#
# The keystore's password: PAYMENT_TLS_KEYSTORE_PASSWORD when set (required with PAYMENT_TLS_KEYSTORE). Otherwise
# the self-signed keystore WildFly generates in the configuration directory gets a random password, made on the
# first start and kept beside it in application.keystore.password (mode 600), so later starts open the same
# keystore. A keystore found there without that file was generated under the constant password of earlier
# versions: it is moved aside (application.keystore.constant-password), and WildFly generates a new one.
#
# An empty setting means unset (README, Configuration): the server's own expressions (${env.PAYMENT_DB_URL:...} in
# its configuration) would take an empty value as the value, so PAYMENT_DB_URL= would fail the boot instead of
# meaning the default database. The hub's settings that are set but empty are removed from the environment.
server_bin=$(cd "$(dirname "$0")" && pwd)

for name in $(env | sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)=$/\1/p'); do
    case "$name" in
        PAYMENT_*|BACKEND_URL|FRONTEND_URL|SECURE_PROCESSOR_*|BOG_*|EPAYMENT_*|NEWEBPAY_*)
            eval "value=\${$name-}"
            if [ -z "$value" ]; then
                unset "$name"
            fi ;;
    esac
done

config_dir="${JBOSS_CONFIG_DIR:-${JBOSS_BASE_DIR:-$server_bin/../standalone}/configuration}"
for argument in "$@"; do
    case "$argument" in
        -Djboss.server.base.dir=*) config_dir="${argument#*=}/configuration" ;;
    esac
done
for argument in "$@"; do
    case "$argument" in
        -Djboss.server.config.dir=*) config_dir="${argument#*=}" ;;
    esac
done

if [ -z "${PAYMENT_TLS_KEYSTORE_PASSWORD:-}" ]; then
    if [ -n "${PAYMENT_TLS_KEYSTORE:-}" ]; then
        echo "payment-hub.sh: PAYMENT_TLS_KEYSTORE is set; set PAYMENT_TLS_KEYSTORE_PASSWORD to its password" >&2
        exit 1
    fi
    password_file="$config_dir/application.keystore.password"
    if [ ! -s "$password_file" ]; then
        if [ -f "$config_dir/application.keystore" ]; then
            mv "$config_dir/application.keystore" "$config_dir/application.keystore.constant-password" || exit 1
            echo "payment-hub.sh: moved the keystore generated under a constant password aside;" \
                "a new one is generated with a random password" >&2
        fi
        (umask 077 && od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > "$password_file") || exit 1
    fi
    PAYMENT_TLS_KEYSTORE_PASSWORD=$(cat "$password_file") || exit 1
    export PAYMENT_TLS_KEYSTORE_PASSWORD
fi

if [ "${PAYMENT_SCHED_BATCH:-true}" != false ] && command -v chrt >/dev/null 2>&1 \
        && chrt --batch 0 true >/dev/null 2>&1; then
    exec chrt --batch 0 "$server_bin/standalone.sh" "$@"
fi
exec "$server_bin/standalone.sh" "$@"
