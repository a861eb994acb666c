#!/usr/bin/env bash
# Installs, upgrades and purges the built packages in a Debian 12 chroot of their own
# architecture (ARM through qemu-user-static), and checks the unit with systemd-analyze:
#   packaging/test-packages.sh [arm64|armhf|amd64 ...]     (all three without arguments)
# Needs target/packages/wallboard_*_<arch>.deb from packaging/build-debs.sh. Runs as root
# (debootstrap, chroot). Base systems are cached in target/package-tests/base-<arch>.tar.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD
. packaging/lib.sh

arches=("$@")
[ ${#arches[@]} -gt 0 ] || arches=(arm64 armhf amd64)
work=$project/target/package-tests
mkdir -p "$work"

need debootstrap:debootstrap qemu-aarch64-static:qemu-user-static \
    update-binfmts:binfmt-support lintian:lintian
enable_binfmt

root=""
trap 'leave_chroot "$root"' EXIT
fail() { echo "FAIL ($arch): $*" >&2; exit 1; }
in_root() { in_chroot "$root" "$@"; }

for arch in "${arches[@]}"; do
    deb=$(ls target/packages/wallboard_*_"$arch".deb 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$deb" ] || { echo "no package for $arch: run packaging/build-debs.sh $arch" >&2; exit 1; }
    echo "==> $arch: $(basename "$deb")"
    echo "==> lintian (overrides, each with its reason: packaging/debian/lintian-overrides)"
    lintian --info --fail-on error,warning "$deb" | tee "$work/lintian-$arch.txt" \
        || fail "lintian"

    # Version 2 of the same build, for the upgrade: same files, next Debian revision.
    case "$arch" in
        arm64) triple=aarch64-unknown-linux-gnu ;;
        armhf) triple=armv7-unknown-linux-gnueabihf ;;
        amd64) triple=x86_64-unknown-linux-gnu ;;
    esac
    revision=$(dpkg-deb --field "$deb" Version)
    next=$(( ${revision##*-} + 1 ))
    upgrade_dir=$work/upgrade-$arch
    rm -rf "$upgrade_dir" && mkdir -p "$upgrade_dir"
    CARGO=/usr/bin/cargo CARGO_TARGET_DIR=$project/target/deb-build \
        target/tools/bin/cargo-deb --no-build --no-strip --target "$triple" \
        --deb-revision "$next" --output "$upgrade_dir/" >/dev/null
    deb2=$(ls "$upgrade_dir"/wallboard_*_"$arch".deb)

    # A minimal Debian 12 of this architecture, made once and cached as a tarball.
    base=$work/base-$arch.tar
    base_system "$arch" "$base"
    root=$work/root-$arch
    enter_chroot "$base" "$root"
    cp "$deb" "$root/tmp/v1.deb"
    cp "$deb2" "$root/tmp/v2.deb"

    echo "==> install"
    in_root apt-get update -qq
    in_root apt-get install -y -qq /tmp/v1.deb >/dev/null
    in_root dpkg-query -W -f='${Status} ${Version}\n' wallboard | grep -q "install ok installed" \
        || fail "not installed"
    in_root wallboard --version | grep -q "^wallboard " || fail "wallboard --version"
    in_root getent passwd wallboard | grep -q ':/var/lib/wallboard:' || fail "no wallboard user"
    for group in video render input; do
        in_root id -nG wallboard | tr ' ' '\n' | grep -qx "$group" || fail "wallboard not in $group"
    done
    [ -L "$root/etc/systemd/system/multi-user.target.wants/wallboard.service" ] \
        || fail "wallboard.service is not enabled"
    [ ! -e "$root/etc/systemd/system/multi-user.target.wants/wallboard-cec.service" ] \
        || fail "wallboard-cec.service must stay disabled until the operator enables it"
    for file in /etc/wallboard/config.toml /etc/default/wallboard /etc/pam.d/wallboard \
        /etc/rc_keymaps/wallboard-cec.toml; do
        in_root dpkg-query -W -f='${Conffiles}\n' wallboard | grep -q " $file " \
            || fail "$file is not a conffile"
    done
    for file in /lib/systemd/system/wallboard.service /lib/systemd/system/wallboard-cec.service \
        /usr/lib/udev/hwdb.d/70-wallboard-remote.hwdb /usr/lib/sysusers.d/wallboard.conf \
        /usr/share/man/man1/wallboard.1.gz /usr/share/doc/wallboard/copyright; do
        [ -e "$root$file" ] || fail "$file missing"
    done
    # The packaged config parses, and the binary draws with the libraries it depends on.
    in_root wallboard --config /etc/wallboard/config.toml snapshot --out /tmp/sign-in.png \
        || fail "snapshot in the chroot"
    cp "$root/tmp/sign-in.png" "$project/target/package-tests/chroot-$arch-sign-in.png"
    # Japanese through the CJK font the package depends on (found by fontconfig).
    [ -e "$root/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" ] || fail "no CJK font"
    in_root wallboard --locale ja snapshot --out /tmp/sign-in-ja.png || fail "Japanese snapshot"
    cp "$root/tmp/sign-in-ja.png" "$project/target/package-tests/chroot-$arch-sign-in-ja.png"
    echo "==> systemd-analyze verify (with the CEC unit's suggested tools installed)"
    in_root apt-get install -y -qq --no-install-recommends v4l-utils ir-keytable >/dev/null
    in_root systemd-analyze verify --man=no /lib/systemd/system/wallboard.service \
        /lib/systemd/system/wallboard-cec.service || fail "systemd-analyze verify"

    echo "==> upgrade to $(dpkg-deb --field "$deb2" Version), conffile edited by the operator"
    echo 'client_id = "3MVG9-operator-edit"' >> "$root/etc/wallboard/config.toml"
    in_root apt-get install -y -qq /tmp/v2.deb >/dev/null
    in_root dpkg-query -W -f='${Version}\n' wallboard | grep -qx "${revision%-*}-$next" \
        || fail "not upgraded"
    grep -q '^client_id = "3MVG9-operator-edit"$' "$root/etc/wallboard/config.toml" \
        || fail "the operator's config.toml was not kept"
    [ ! -e "$root/etc/wallboard/config.toml.dpkg-new" ] || fail "dpkg left config.toml.dpkg-new"
    in_root wallboard --version >/dev/null || fail "wallboard after upgrade"

    echo "==> purge"
    files=$(in_root dpkg-query -L wallboard)
    mkdir -p "$root/var/lib/wallboard" && echo '{}' > "$root/var/lib/wallboard/credentials.json"
    in_root apt-get purge -y -qq wallboard >/dev/null
    in_root dpkg-query -W -f='${Status}\n' wallboard 2>/dev/null | grep -q "installed" \
        && fail "still installed after purge"
    for file in $files; do
        [ -d "$root$file" ] && continue
        [ ! -e "$root$file" ] || fail "$file left after purge"
    done
    for dir in /etc/wallboard /var/lib/wallboard /etc/default/wallboard; do
        [ ! -e "$root$dir" ] || fail "$dir left after purge"
    done
    [ ! -e "$root/etc/systemd/system/multi-user.target.wants/wallboard.service" ] \
        || fail "unit still enabled after purge"

    leave_chroot "$root"
    root=""
    rm -rf "$work/root-$arch"
    echo "==> $arch: install, upgrade, purge: ok"
done
