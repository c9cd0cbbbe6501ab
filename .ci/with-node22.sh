#!/usr/bin/env bash
# Runs `npm "$@"` with Node 22 or newer, installing a local Node 22 into .tools/ when the
# machine's Node is older, and installing the project's packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(major)" -lt 22 ]; then
  if [ ! -x .tools/node_modules/node/bin/node ]; then
    echo "Installing Node 22 locally in .tools/ (this machine has $(node --version 2>/dev/null || echo none))"
    mkdir -p .tools
    npm install --no-save --no-audit --no-fund --prefix .tools node@22 >/dev/null
  fi
  export PATH="$PWD/.tools/node_modules/node/bin:$PATH"
fi
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm install --no-audit --no-fund
fi
exec npm "$@"
