#!/usr/bin/env bash
# Makes sure a Chromium-family browser is available for the end-to-end tests, and prints its path.
#
# - E2E_BROWSER set: use it (must be executable).
# - Linux: Debian's /usr/bin/chromium (or Chrome/Edge/chromium-browser). When none is found on
#   Debian/Ubuntu, install the distribution's `chromium` with apt-get (as root, or with sudo).
# - macOS / Windows (Git Bash, MSYS, Cygwin): an installed Google Chrome, Microsoft Edge or Chromium.
# Never downloads a browser from anywhere else. Exits 1 with a one-line hint when no browser can be
# found, so the E2E suite can never pass silently without one.
set -euo pipefail

hint="No Chromium, Chrome or Edge found for the E2E tests: on Debian/Ubuntu run 'sudo apt-get install -y chromium'; on Windows/macOS install Google Chrome or Microsoft Edge (or set E2E_BROWSER=/path/to/browser)."

found() {
  echo "$1"
  exit 0
}

first_executable() {
  local candidate
  for candidate in "$@"; do
    if [ -n "$candidate" ] && [ -f "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# ENSURE_BROWSER_ROOT prefixes the Linux locations (tests simulate a machine without a browser).
root="${ENSURE_BROWSER_ROOT:-}"

linux_candidates() {
  first_executable "$root/usr/bin/chromium" "$root/usr/bin/chromium-browser" \
    "$root/usr/bin/google-chrome" "$root/usr/bin/google-chrome-stable" \
    "$root/usr/bin/microsoft-edge" "$root/usr/bin/microsoft-edge-stable" "$root/snap/bin/chromium"
}

if [ -n "${E2E_BROWSER:-}" ]; then
  if [ -x "$E2E_BROWSER" ]; then found "$E2E_BROWSER"; fi
  echo "E2E_BROWSER=$E2E_BROWSER is not an executable file. $hint" >&2
  exit 1
fi

case "$(uname -s)" in
  Linux)
    if path="$(linux_candidates)"; then found "$path"; fi
    if command -v apt-get > /dev/null 2>&1; then
      if [ "$(id -u)" = "0" ]; then
        sudo_cmd=()
      elif command -v sudo > /dev/null 2>&1; then
        sudo_cmd=(sudo)
      else
        echo "$hint (apt-get needs root and sudo is not available)" >&2
        exit 1
      fi
      echo "Installing Chromium from the distribution's packages (apt-get install chromium)…" >&2
      export DEBIAN_FRONTEND=noninteractive
      "${sudo_cmd[@]}" apt-get update >&2
      # Debian names the package `chromium`; older Ubuntu releases only have `chromium-browser`.
      "${sudo_cmd[@]}" apt-get install -y chromium >&2 \
        || "${sudo_cmd[@]}" apt-get install -y chromium-browser >&2 \
        || true
      if path="$(linux_candidates)"; then found "$path"; fi
    fi
    ;;
  Darwin)
    if path="$(first_executable \
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" \
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge" \
      "/Applications/Chromium.app/Contents/MacOS/Chromium" \
      "$HOME/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" \
      "$HOME/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge")"; then
      found "$path"
    fi
    ;;
  MINGW* | MSYS* | CYGWIN*)
    pf="${PROGRAMFILES:-C:/Program Files}"
    pf86="$(printenv 'ProgramFiles(x86)' || echo 'C:/Program Files (x86)')"
    local_app="${LOCALAPPDATA:-}"
    to_unix() { if command -v cygpath > /dev/null 2>&1; then cygpath -u "$1"; else echo "$1"; fi; }
    if path="$(first_executable \
      "$(to_unix "$pf/Google/Chrome/Application/chrome.exe")" \
      "$(to_unix "$pf86/Google/Chrome/Application/chrome.exe")" \
      "$(to_unix "$local_app/Google/Chrome/Application/chrome.exe")" \
      "$(to_unix "$pf86/Microsoft/Edge/Application/msedge.exe")" \
      "$(to_unix "$pf/Microsoft/Edge/Application/msedge.exe")")"; then
      found "$path"
    fi
    ;;
esac

echo "$hint" >&2
exit 1
