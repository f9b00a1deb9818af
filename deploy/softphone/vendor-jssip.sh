#!/usr/bin/env bash
# Rebuilds the JsSIP bundle the agent desktop's softphone loads (src/main/resources/static/js/vendor/). JsSIP ships on
# npm as CommonJS only and there is no JsSIP WebJar on Maven Central (ADR 0091), so the bundle is made once with
# esbuild and committed: the product itself still builds with Maven alone. Needs node + npm; run from the repo root.
set -euo pipefail
version="${1:-3.13.8}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
out="$PWD/src/main/resources/static/js/vendor"
(
    cd "$work"
    npm init -y >/dev/null
    npm install --no-audit --no-fund "jssip@$version" esbuild@0.24.0 >/dev/null
    echo "window.JsSIP = require('jssip');" > entry.js
    ./node_modules/.bin/esbuild entry.js --bundle --minify --format=iife --target=es2019 --legal-comments=eof \
        --outfile=bundle.js
    {
        printf '/*! JsSIP %s (MIT, https://jssip.net) bundled for the browser with its dependencies (all MIT);\n' "$version"
        printf ' * licences in jssip-%s.LICENSE.txt; how it was built: deploy/softphone/vendor-jssip.sh. Exposes window.JsSIP. */\n' "$version"
        cat bundle.js
    } > "$out/jssip-$version.min.js"
    for d in jssip debug ms events sdp-transform; do
        echo "=== $d $(node -p "require('./node_modules/$d/package.json').version")"
        cat node_modules/$d/LICENSE* 2>/dev/null || cat node_modules/$d/license*
        echo
    done > "$out/jssip-$version.LICENSE.txt"
)
echo "wrote $out/jssip-$version.min.js; update the version in templates/telephony/softphone.html"
