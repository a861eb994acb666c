#!/usr/bin/env bash
# Builds Wallboard's kiosk packages with Debian's cross toolchain:
#   packaging/build-debs.sh [arm64|armhf|amd64 ...]     (all three without arguments)
# leaves target/packages/wallboard_<version>_<arch>.deb. Installs what it needs (as root, with
# apt): Debian's rustc-web/cargo-web and libstd-rust-web-dev:<arch>, the gcc cross compilers,
# the <arch> -dev libraries Slint's linuxkms backend links, dpkg-dev; and cargo-deb into
# target/tools. Run on Debian 12 (bookworm), so the packages install on bookworm and trixie.
set -euo pipefail
cd "$(dirname "$0")/.."

arches=("$@")
[ ${#arches[@]} -gt 0 ] || arches=(arm64 armhf amd64)

triple_of() {
    case "$1" in
        arm64) echo aarch64-unknown-linux-gnu ;;
        armhf) echo armv7-unknown-linux-gnueabihf ;;
        amd64) echo x86_64-unknown-linux-gnu ;;
        *) echo "unknown architecture: $1 (use arm64, armhf or amd64)" >&2; return 1 ;;
    esac
}
gnu_of() {
    case "$1" in
        arm64) echo aarch64-linux-gnu ;;
        armhf) echo arm-linux-gnueabihf ;;
        amd64) echo x86_64-linux-gnu ;;
    esac
}
for arch in "${arches[@]}"; do triple_of "$arch" >/dev/null; done

# --- toolchain -------------------------------------------------------------------------------
packages=(rustc-web cargo-web dpkg-dev pkg-config gcc libc6-dev)
host=$(dpkg --print-architecture)
for arch in "${arches[@]}"; do
    packages+=("libstd-rust-web-dev:$arch")
    for lib in libfontconfig-dev libxkbcommon-dev libinput-dev libudev-dev libgbm-dev \
        libdrm-dev; do
        packages+=("$lib:$arch")
    done
    if [ "$arch" != "$host" ]; then
        packages+=("gcc-$(gnu_of "$arch")" "libc6-dev:$arch")
    fi
done
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
        || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing: ${missing[*]}"
    for arch in "${arches[@]}"; do
        [ "$arch" = "$host" ] || dpkg --add-architecture "$arch"
    done
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Debian's toolchain, not whatever rustup put first on PATH.
export CARGO=/usr/bin/cargo RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
# Package builds get their own target directory: another compiler version would otherwise
# rebuild the developer's target/release back and forth.
export CARGO_TARGET_DIR="$PWD/target/deb-build"

cargo_deb="$PWD/target/tools/bin/cargo-deb"
cargo_deb_version=3.8.0
if ! "$cargo_deb" --version 2>/dev/null | grep -q "$cargo_deb_version"; then
    echo "==> installing cargo-deb $cargo_deb_version into target/tools"
    "$CARGO" install --quiet --locked --version "$cargo_deb_version" --root target/tools cargo-deb
fi

# --- build and package -----------------------------------------------------------------------
mkdir -p target/packages
for arch in "${arches[@]}"; do
    triple=$(triple_of "$arch")
    gnu=$(gnu_of "$arch")
    var=${triple//-/_}
    VAR=${var^^}
    echo "==> $arch ($triple)"
    # Linker and C compiler of the target, and pkg-config searching the target's multiarch
    # directories (/usr/lib/<gnu>/pkgconfig) through Debian's <gnu>-pkg-config wrapper.
    export "CARGO_TARGET_${VAR}_LINKER=$gnu-gcc"
    export "CC_${var}=$gnu-gcc"
    export "PKG_CONFIG_${var}=$gnu-pkg-config"
    "$CARGO" build --release --locked --target "$triple" --features kms --bin wallboard
    # Symbols are stripped by the release profile; the compilers' .comment notes go too.
    "$gnu-objcopy" --remove-section=.comment "$CARGO_TARGET_DIR/$triple/release/wallboard"
    deb=$("$cargo_deb" --no-build --no-strip --locked --target "$triple" \
        --output target/packages/ 2>&1 | tee /dev/stderr | tail -n 1)
    file=target/packages/$(basename "$deb")
    [ -f "$file" ] || { echo "cargo-deb did not produce a package for $arch" >&2; exit 1; }
    got=$(dpkg-deb --field "$file" Architecture)
    [ "$got" = "$arch" ] || { echo "$file is for $got, not $arch" >&2; exit 1; }
    echo "==> $file ($(du -k "$file" | cut -f1) KiB)"
done
