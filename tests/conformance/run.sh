#!/usr/bin/env bash
# SDK conformance: the official npm SDKs stream from a fresh maas-emulator and must receive exactly
# the text it scripted (README.md beside this file).
#
#   tests/conformance/run.sh PATH/TO/maas-emulator [WORK_DIR]
#
# 1. node_modules: `npm ci` from package-lock.json into a cache folder outside the source tree,
#    keyed on the lock file's hash, installed once and reused:
#      ${MAAS_CONFORMANCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/maas-playground}/npm-<hash>/node_modules
# 2. WORK_DIR/run (default: a temporary folder) gets copies of the test files and a node_modules
#    symlink to the cache (ES modules ignore NODE_PATH, so they must sit next to node_modules).
# 3. maas-emulator --port 0 starts; its first stdout line, the base URL, goes to the tests as
#    MAAS_EMULATOR_URL. It is stopped on exit, whatever happens.
# 4. node --test runs every *.test.mjs; this script exits with node's status.
#
# Environment: MAAS_CONFORMANCE_SPEED (emulator --speed, default 20), MAAS_CONFORMANCE_CACHE,
# MAAS_CONFORMANCE_NODE / MAAS_CONFORMANCE_NPM (default: node and npm from PATH). npm's own
# settings apply as usual (npm_config_registry, npm_config_cafile, NODE_EXTRA_CA_CERTS, proxies).
# A missing node or npm, or an unreachable registry, is an error, never a skip.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE="${MAAS_CONFORMANCE_NODE:-node}"
NPM="${MAAS_CONFORMANCE_NPM:-npm}"
SPEED="${MAAS_CONFORMANCE_SPEED:-20}"

say() { printf 'conformance: %s\n' "$*" >&2; }
die() {
    printf 'conformance: error: %s\n' "$*" >&2
    exit 1
}

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    die "usage: $0 PATH/TO/maas-emulator [WORK_DIR]"
fi
EMULATOR="$1"
[ -x "$EMULATOR" ] || die "maas-emulator not found or not executable: $EMULATOR (build the maas-emulator target)"

command -v "$NODE" > /dev/null 2>&1 || die "node not found ('$NODE'): install Node.js 20 or later (packaging/devenv has it)"
command -v "$NPM" > /dev/null 2>&1 || die "npm not found ('$NPM'): install npm (packaging/devenv has it)"
node_major="$("$NODE" -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "node $("$NODE" --version) is too old: the SDKs and node --test need Node.js 20 or later"

# --- node_modules, once per package-lock.json ------------------------------------------------------
CACHE_ROOT="${MAAS_CONFORMANCE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/maas-playground}"
LOCK_HASH="$(sha256sum "$HERE/package-lock.json" | cut -c1-16)"
MODULES_HOME="$CACHE_ROOT/npm-$LOCK_HASH"

explain_npm_failure() {
    local log="$1" registry
    registry="$("$NPM" config get registry 2> /dev/null || echo '?')"
    say "npm ci failed; its output:"
    sed 's/^/    /' "$log" >&2
    if grep -q -E 'SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|ERR_TLS_CERT|unable to get local issuer' "$log"; then
        die "the npm registry ($registry) answered with a TLS certificate this machine does not trust. Behind a TLS-inspecting proxy, point NODE_EXTRA_CA_CERTS (or npm_config_cafile) at a PEM bundle that includes the proxy's CA, readable where this runs (inside packaging/devenv the root's /etc/ssl/certs is not the host's)."
    elif grep -q -E 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|network' "$log"; then
        die "the npm registry ($registry) is unreachable. These tests need it once per package-lock.json change to fill $MODULES_HOME; check the network or proxy settings, or set npm_config_registry."
    elif grep -q -E 'E404|ETARGET|notarget' "$log"; then
        die "a package pinned in tests/conformance/package-lock.json is missing from the registry ($registry)."
    elif grep -q -E 'EUSAGE|npm ci.*can only install|in sync' "$log"; then
        die "package.json and package-lock.json disagree: regenerate the lock with 'npm install --package-lock-only' in tests/conformance."
    fi
    die "npm ci failed (output above)"
}

install_modules() {
    mkdir -p "$CACHE_ROOT" || die "cannot create the cache folder $CACHE_ROOT (set MAAS_CONFORMANCE_CACHE)"
    # Two test runs (two build folders) may install at once: one installs, the other waits.
    if command -v flock > /dev/null 2>&1; then
        exec 9> "$MODULES_HOME.lock"
        flock 9
    fi
    if [ ! -f "$MODULES_HOME/.complete" ]; then
        local tmp start
        tmp="$(mktemp -d "$MODULES_HOME.partial.XXXXXX")"
        cp "$HERE/package.json" "$HERE/package-lock.json" "$tmp/"
        say "installing the SDKs with npm ci into $MODULES_HOME (npm $("$NPM" --version), node $("$NODE" --version))"
        start=$SECONDS
        if ! (cd "$tmp" && "$NPM" ci --ignore-scripts --no-audit --no-fund --loglevel=warn \
            --fetch-timeout=60000 --fetch-retries=1 > "$tmp/npm-ci.log" 2>&1); then
            cp "$tmp/npm-ci.log" "$CACHE_ROOT/npm-$LOCK_HASH.failed.log"
            rm -rf "$tmp"
            explain_npm_failure "$CACHE_ROOT/npm-$LOCK_HASH.failed.log"
        fi
        rm -rf "$MODULES_HOME"
        mv "$tmp" "$MODULES_HOME"
        touch "$MODULES_HOME/.complete"
        rm -f "$CACHE_ROOT/npm-$LOCK_HASH.failed.log"
        say "npm ci took $((SECONDS - start)) s"
    fi
    if command -v flock > /dev/null 2>&1; then
        exec 9>&-
    fi
}

if [ -f "$MODULES_HOME/.complete" ]; then
    say "SDKs from the cache: $MODULES_HOME"
else
    install_modules
fi

# --- the work folder ------------------------------------------------------------------------------
if [ $# -ge 2 ]; then
    WORK="$2/run"
    rm -rf "$WORK"
    mkdir -p "$WORK"
else
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/maas-conformance.XXXXXX")"
fi
cp "$HERE"/*.mjs "$HERE/package.json" "$WORK/"
ln -s "$MODULES_HOME/node_modules" "$WORK/node_modules"

# --- the emulator ---------------------------------------------------------------------------------
EMULATOR_PID=""
# shellcheck disable=SC2317 # called by the EXIT trap
stop_emulator() {
    local status=$?
    if [ -n "$EMULATOR_PID" ] && kill -0 "$EMULATOR_PID" 2> /dev/null; then
        kill -TERM "$EMULATOR_PID" 2> /dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$EMULATOR_PID" 2> /dev/null || break
            sleep 0.1
        done
        kill -KILL "$EMULATOR_PID" 2> /dev/null || true
        wait "$EMULATOR_PID" 2> /dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -s "$WORK/emulator.log" ]; then
        say "last lines of the emulator's log ($WORK/emulator.log):"
        tail -n 40 "$WORK/emulator.log" | sed 's/^/    /' >&2
    fi
    exit "$status"
}
trap stop_emulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$EMULATOR" --port 0 --speed "$SPEED" > "$WORK/emulator.url" 2> "$WORK/emulator.log" &
EMULATOR_PID=$!
URL=""
for _ in $(seq 1 200); do
    if [ -s "$WORK/emulator.url" ] && [ "$(wc -l < "$WORK/emulator.url")" -ge 1 ]; then
        URL="$(head -n 1 "$WORK/emulator.url")"
        break
    fi
    kill -0 "$EMULATOR_PID" 2> /dev/null || die "maas-emulator exited before printing its URL"
    sleep 0.05
done
[ -n "$URL" ] || die "maas-emulator printed no URL within 10 s"
[[ "$URL" =~ ^http://127\.0\.0\.1:[0-9]+/v1$ ]] || die "unexpected first line from maas-emulator: '$URL'"
say "maas-emulator at $URL (speed $SPEED), pid $EMULATOR_PID"

# --- the tests ------------------------------------------------------------------------------------
# The SDKs read these from the environment; the tests pass everything explicitly.
unset ANTHROPIC_VERTEX_BASE_URL ANTHROPIC_VERTEX_PROJECT_ID CLOUD_ML_REGION OPENAI_BASE_URL OPENAI_API_KEY
export MAAS_EMULATOR_URL="$URL"
cd "$WORK"
status=0
"$NODE" --test --test-reporter=spec ./*.test.mjs || status=$?
exit "$status"
