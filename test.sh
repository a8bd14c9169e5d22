#!/usr/bin/env bash
# Installs what the tests need and is missing, runs every test, and ends with one line of totals
# read from the test results: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results=TestResults

ensure_chromium() {
  local browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [ -x "$browser" ] && return 0
  echo "Chromium is missing at $browser; installing Debian's chromium for the browser tests."
  local run_as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      run_as_root=(sudo -n)
    else
      echo "This user cannot install packages. Install Debian's 'chromium' package, or set CHROMIUM_PATH to a Chromium binary." >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${run_as_root[@]}" apt-get install -y chromium >/dev/null \
    || { "${run_as_root[@]}" apt-get update >/dev/null && "${run_as_root[@]}" apt-get install -y chromium >/dev/null; } \
    || { echo "Installing chromium with apt failed." >&2; return 1; }
  [ -x "$browser" ] || { echo "apt installed chromium but $browser is still missing." >&2; return 1; }
}

# Sums one attribute of every TRX file's <Counters> element.
sum_counter() {
  local name=$1
  cat "$results"/*.trx 2>/dev/null | grep -o "<Counters [^>]*>" | grep -o " $name=\"[0-9]*\"" | grep -o "[0-9]*" | awk '{ s += $1 } END { print s + 0 }'
}

ensure_chromium || exit 1

rm -rf "$results"
echo "Building..."
dotnet build FamilyCase.sln --nologo -clp:ErrorsOnly || { echo "0 passed, 0 failed, 0 skipped (the build failed)"; exit 1; }

# One test project at a time: the browser tests measure idle time in real seconds and the machine may have two cores.
dotnet test FamilyCase.sln --no-build --nologo -m:1 --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
status=$?

projects=$(grep -c '^Project(.*Tests\.csproj' FamilyCase.sln)
reports=$(ls "$results"/*.trx 2>/dev/null | wc -l)
total=$(sum_counter total)
executed=$(sum_counter executed)
passed=$(sum_counter passed)
failed=$(( $(sum_counter failed) + $(sum_counter error) + $(sum_counter timeout) + $(sum_counter aborted) ))
skipped=$(( total - executed ))

if [ "$reports" -lt "$projects" ]; then
  echo "Only $reports of $projects test projects wrote results: a test host stopped before it finished." >&2
  [ "$failed" -eq 0 ] && failed=1
  status=1
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1

echo "$passed passed, $failed failed, $skipped skipped"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
