# Shared by the packaging test scripts: tools, binfmt for foreign binaries, Debian chroots.
# Source it after `cd` to the project root; it sets nothing until a function is called.

# need TOOL:PACKAGE ...: installs the packages of the tools that are missing.
need() {
    local missing=() pair
    for pair in "$@"; do
        command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    fi
}

# ARM binaries in a chroot run through qemu-user, registered with binfmt_misc.
enable_binfmt() {
    if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then
        mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    fi
    update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
    update-binfmts --enable qemu-arm >/dev/null 2>&1 || true
}

# base_system ARCH TARBALL: a minimal Debian 12 of ARCH, made with debootstrap once and cached.
base_system() {
    local arch=$1 tarball=$2 dir
    [ -f "$tarball" ] && return 0
    echo "==> debootstrap bookworm $arch (once)"
    dir="$tarball.d"
    rm -rf "$dir" && mkdir -p "$(dirname "$tarball")"
    debootstrap --arch="$arch" --variant=minbase bookworm "$dir" \
        "${DEBIAN_MIRROR:-http://deb.debian.org/debian}" >/dev/null
    tar -C "$dir" -cf "$tarball" . && rm -rf "$dir"
}

# enter_chroot TARBALL ROOT: unpacks TARBALL as ROOT, mounts what apt and dpkg need, and keeps
# services from starting inside. leave_chroot ROOT undoes the mounts.
enter_chroot() {
    local tarball=$1 root=$2
    rm -rf "$root" && mkdir -p "$root"
    tar -C "$root" -xf "$tarball"
    mount -t proc proc "$root/proc"
    mount --rbind /sys "$root/sys"
    mount --bind /dev "$root/dev"
    mount --bind /dev/pts "$root/dev/pts"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
}
leave_chroot() {
    local root=$1 mount
    [ -n "$root" ] && [ -d "$root" ] || return 0
    rm -f "$root/usr/sbin/policy-rc.d"
    for mount in proc sys dev/pts dev; do
        umount -l "$root/$mount" 2>/dev/null || true
    done
}

# in_chroot ROOT COMMAND...: runs COMMAND inside ROOT with a clean environment.
in_chroot() {
    local root=$1
    shift
    chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
