#!/usr/bin/env bash
# The tool as an office installs it: `npm pack`, `npm install --global` into a temporary prefix, then, from a
# folder outside this repository, `cchc-plan init --kind truong`, validate, build (docx, md, html) and a
# preview started and stopped with Ctrl-C and with SIGTERM. Run by .ci/run on each Node it names:
#   scripts/pack-check.sh /path/to/node
set -euo pipefail
NODE=${1:-$(command -v node)}
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

say() { printf '== pack-check (%s): %s\n' "$("$NODE" --version)" "$*"; }
fail() { printf 'pack-check: %s\n' "$*" >&2; exit 1; }

# The Node under test first on PATH, for npm as for the launcher (both start with `env node`).
export PATH="$(dirname "$NODE"):$PATH"

say "npm pack"
(cd "$REPO" && npm pack --silent --pack-destination "$WORK" >/dev/null)
TARBALL=$(ls "$WORK"/cchc-plan-*.tgz)

# Whatever npm warns of here, each office sees when it installs: a warning fails the check.
say "npm install --global into a temporary prefix"
npm install --global --prefix "$WORK/prefix" --no-audit --no-fund --loglevel warn "$TARBALL" >/dev/null 2>"$WORK/install.log" \
  || { cat "$WORK/install.log" >&2; fail "npm install --global failed"; }
if grep -qi 'warn' "$WORK/install.log"; then cat "$WORK/install.log" >&2; fail "npm install --global printed warnings"; fi
export PATH="$WORK/prefix/bin:$PATH"
command -v cchc-plan >/dev/null || fail "cchc-plan is not on PATH after the install"
[ "$(cchc-plan --version)" = "$(cd "$REPO" && "$NODE" -p 'require("./package.json").version')" ] || fail "wrong version"

PROJECT="$WORK/truong"
say "cchc-plan init $PROJECT --kind truong"
cd "$WORK"
cchc-plan init truong --kind truong --agency "TRƯỜNG THPT NGUYỄN THỊ MINH KHAI" --parent "SỞ GDĐT SÓC TRĂNG" --year 2026 >/dev/null
cd "$PROJECT"
for f in plans/2026.yaml schemas/plan.schema.json .vscode/settings.json .github/workflows/cchc-plan.yml .gitlab-ci.yml README.md .gitignore; do
  [ -f "$f" ] || fail "init did not write $f"
done
if cchc-plan init . --kind truong 2>/dev/null; then fail "init ran again over a folder with plans"; fi

say "validate, build"
cchc-plan validate >/dev/null
cchc-plan validate --format gitlab >/dev/null
cchc-plan build 2026 --format docx,md,html >/dev/null
for f in out/2026.docx out/2026.md out/2026.html; do [ -s "$f" ] || fail "build did not write $f"; done
unzip -p out/2026.docx word/document.xml | grep -q 'NGUYỄN THỊ MINH KHAI' || fail "the .docx does not carry the agency's name"

# The preview stops on each signal, and leaves nothing listening.
for signal in INT TERM; do
  say "preview, stopped with SIG$signal"
  cchc-plan preview 2026 --port 0 >"$WORK/url" 2>"$WORK/log" &
  pid=$!
  for _ in $(seq 100); do [ -s "$WORK/url" ] && break; sleep 0.1; done
  url=$(head -1 "$WORK/url")
  [ -n "$url" ] || fail "preview printed no address: $(cat "$WORK/log")"
  "$NODE" -e "fetch(process.argv[1]).then(r=>r.text()).then(t=>process.exit(t.includes('KẾ HOẠCH')?0:1),()=>process.exit(1))" "$url" || fail "preview did not serve the plan"
  kill -s "$signal" "$pid"
  wait "$pid" || fail "preview exited $? on SIG$signal"
  if "$NODE" -e "fetch(process.argv[1]).then(()=>process.exit(0),()=>process.exit(1))" "$url"; then fail "preview still serving after SIG$signal"; fi
  grep -q 'Đã dừng xem trước' "$WORK/log" || fail "preview did not say it stopped"
done

say "ok"
