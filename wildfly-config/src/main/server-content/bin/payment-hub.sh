#!/bin/sh
# Starts the Payment Hub's WildFly: bin/standalone.sh with the same arguments and environment, its threads under
# Linux's SCHED_BATCH scheduling policy where chrt (util-linux) is found.
#
# Why: Undertow 2.3's HTTP/1.1 read listener spins on a compare-and-set while the worker thread that finished the
# connection's last exchange still holds it (HttpReadListener.handleEvent against exchangeComplete). That worker's
# own resumeReads wakes the I/O thread; under the default policy the woken thread may preempt the worker on its
# core and spin there until the kernel takes it off again. SCHED_BATCH threads never preempt on wakeup, so the
# worker finishes first: in the benchmark (docs/decisions/0002-sched-batch.md) the spin went from 18 % of a callback's server CPU
# to 2 %. The policy is otherwise the default's: the same fair share of the CPU, at the same nice level.
#
# PAYMENT_SCHED_BATCH=false starts standalone.sh as it is. Under systemd, CPUSchedulingPolicy=batch does the same.
server_bin=$(cd "$(dirname "$0")" && pwd)
if [ "${PAYMENT_SCHED_BATCH:-true}" != false ] && command -v chrt >/dev/null 2>&1 \
        && chrt --batch 0 true >/dev/null 2>&1; then
    exec chrt --batch 0 "$server_bin/standalone.sh" "$@"
fi
exec "$server_bin/standalone.sh" "$@"
