# Sourced by .ci/run: installs Debian's chromium for the browser tests (tests/LamTrack.Web.BrowserTests).
# Playwright drives this browser through its ExecutablePath and never downloads one of its own.

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

if [ ! -x /usr/bin/chromium ]; then
  echo "chromium.sh: installing Debian's chromium"
  if ! { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
    echo "chromium.sh: could not install chromium; the browser tests will fail" >&2
  fi
fi

if [ -x /usr/bin/chromium ]; then
  echo "chromium.sh: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  export LAMTRACK_CHROMIUM=/usr/bin/chromium
fi
