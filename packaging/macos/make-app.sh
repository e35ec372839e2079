#!/usr/bin/env bash
# Assembles printer-oauth.app and a .dmg on a Mac (Xcode command-line tools and Rust):
#   packaging/macos/make-app.sh [OUTDIR]
# Builds the release binary, copies it with Info.plist and the icon into the bundle, signs it
# ad hoc (a Developer ID signature and notarization replace that for a public release) and
# packs a compressed disk image with a link to /Applications.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/macos}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
plist_version=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' packaging/macos/Info.plist)
[ "$version" = "$plist_version" ] || { echo "Info.plist says $plist_version, Cargo.toml $version" >&2; exit 1; }
cargo build --release --locked
app="$out/printer-oauth.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp target/release/printer-oauth "$app/Contents/MacOS/"
cp packaging/macos/Info.plist "$app/Contents/"
cp packaging/macos/printer-oauth.icns "$app/Contents/Resources/"
codesign --force --deep --sign - "$app"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname printer-oauth -srcfolder "$staging" -ov -format UDZO \
  "$out/printer-oauth-$version.dmg"
rm -rf "$staging"
echo "$out/printer-oauth-$version.dmg"
