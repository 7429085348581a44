# Sourced by .ci/run, and by people, from any folder of the repository (bash or zsh): afterwards `node`, and the npm that runs on it, are Node 22 or newer.
#
# The dependencies need Node 22 (@pulumi/pulumi 3.270 and jsonpath-plus 11 declare it). A machine whose own Node
# is older (the build machine and its CI run Node 20) gets the official Node build from the npm registry, pinned
# with its integrity in .ci/node/package-lock.json. The packages carry the binary itself and have no install
# script, so nothing is downloaded outside npm and nothing unlocked is installed. A machine that already has
# Node 22 or newer (GitHub Actions after actions/setup-node) keeps its own and installs nothing here.

ci_node_required_major=22
# This file's own folder, wherever it is sourced from (`source ../.ci/node/activate.sh` from policy/ included).
if [ -n "${BASH_SOURCE:-}" ]; then
  ci_node_script="${BASH_SOURCE[0]}"
elif [ -n "${ZSH_VERSION:-}" ]; then
  eval 'ci_node_script="${(%):-%x}"'
else
  ci_node_script="$(git rev-parse --show-toplevel 2>/dev/null || echo .)/.ci/node/activate.sh"
fi
ci_node_dir="$(cd "$(dirname "$ci_node_script")" && pwd)"
if [ ! -f "$ci_node_dir/package-lock.json" ]; then
  echo "error: cannot find .ci/node/package-lock.json next to $ci_node_script. Fix: source .ci/node/activate.sh by its path in the repository, from bash or zsh." >&2
  return 1
fi

ci_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# The node that runs npm's own JavaScript: what npm install scripts and `npm run` commands inherit.
ci_npm_node_version() {
  npm version --json | node -e '
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => console.log(JSON.parse(text).node));
  '
}

if [ "$(ci_node_major)" -ge "$ci_node_required_major" ]; then
  echo "== node $(node --version): already $ci_node_required_major or newer, using it"
else
  echo "== node $(node --version 2>/dev/null || echo '(none)') is older than $ci_node_required_major: installing the pinned build from .ci/node/package-lock.json"
  npm ci --prefix "$ci_node_dir" --ignore-scripts --no-audit --no-fund
  if [ ! -x "$ci_node_dir/node_modules/.bin/node" ]; then
    echo "error: .ci/node pins Node builds for Linux x64 and arm64 only, this machine is $(uname -s) $(uname -m)." >&2
    echo "Install Node $ci_node_required_major or newer (https://nodejs.org) and run .ci/run again." >&2
    return 1
  fi
  export PATH="$ci_node_dir/node_modules/.bin:$PATH"
  hash -r
  if [ "$(ci_node_major)" -lt "$ci_node_required_major" ]; then
    echo "error: $ci_node_dir/node_modules/.bin/node reports $(node --version), not $ci_node_required_major or newer." >&2
    return 1
  fi
fi

ci_npm_node="$(ci_npm_node_version)"
if [ "${ci_npm_node%%.*}" -lt "$ci_node_required_major" ]; then
  echo "error: npm runs on Node $ci_npm_node ($(command -v npm)), not on $(node --version): its shebang does not use PATH." >&2
  return 1
fi
echo "node $(node --version) ($(command -v node)); npm $(npm --version) runs on Node $ci_npm_node"
