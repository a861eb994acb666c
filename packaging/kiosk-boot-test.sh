#!/usr/bin/env bash
# The kiosk boot test: a Debian 12 arm64 system with the arm64 package installed boots in
# qemu-system-aarch64 (-M virt, virtio-gpu-pci, virtio keyboard, Debian's arm64 kernel).
# wallboard.service must start the app on the emulated screen through linuxkms, exactly as
# packaged (only WALLBOARD_DEMO=1 is added, so it signs in to its embedded demo org), and:
#   1. a screendump from the QEMU monitor shows the sign-in screen (its QR code decodes);
#   2. Back (`sendkey esc`) cancels the sign-in: the code and QR code go away;
#   3. OK (`sendkey ret`) on "New code" brings a new code;
#   4. systemd saw READY=1 and no watchdog timeout or restart.
# Usage: packaging/kiosk-boot-test.sh   (after packaging/build-debs.sh arm64; runs as root)
# Screendumps and the serial console log are left in target/kiosk-boot/.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD
. packaging/lib.sh
work=$project/target/kiosk-boot
mkdir -p "$work"

deb=$(ls target/packages/wallboard_*_arm64.deb 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$deb" ] || { echo "no arm64 package: run packaging/build-debs.sh arm64" >&2; exit 1; }

need qemu-system-aarch64:qemu-system-arm qemu-aarch64-static:qemu-user-static \
    update-binfmts:binfmt-support debootstrap:debootstrap mkfs.ext4:e2fsprogs \
    zbarimg:zbar-tools python3:python3
enable_binfmt

root=$work/rootfs
qemu_pid=""
cleanup() {
    [ -z "$qemu_pid" ] || kill "$qemu_pid" 2>/dev/null || true
    leave_chroot "$root"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# --- the system image ------------------------------------------------------------------------
base=$project/target/package-tests/base-arm64.tar
base_system arm64 "$base"
in_root() { in_chroot "$root" "$@"; }
enter() { enter_chroot "$1" "$root"; }
leave() { leave_chroot "$root"; }
# Debian's arm64 kernel, its initramfs and a booting systemd, made once (the initramfs takes
# a while under qemu-user) and cached; the package goes on top of a fresh copy every run.
system=$work/system-arm64.tar
if [ ! -f "$system" ]; then
    echo "==> Debian arm64 system with kernel and systemd (once)"
    enter "$base"
    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends linux-image-arm64 initramfs-tools \
        systemd-sysv udev kmod dbus libpam-systemd >/dev/null
    leave
    tar -C "$root" -cf "$system" .
fi
echo "==> root file system with $(basename "$deb")"
enter "$system"
cp "$deb" "$root/tmp/wallboard.deb"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends /tmp/wallboard.deb >/dev/null
rm -f "$root/tmp/wallboard.deb"
echo "kiosk" > "$root/etc/hostname"
echo "/dev/vda / ext4 defaults 0 1" > "$root/etc/fstab"
# The one change to the packaged setup: sign in to the embedded demo org (no network here).
echo "WALLBOARD_DEMO=true" >> "$root/etc/default/wallboard"
echo "WALLBOARD_LOG=info" >> "$root/etc/default/wallboard"
kernel=$(ls "$root"/boot/vmlinuz-* | sort -V | tail -n 1)
initrd=$(ls "$root"/boot/initrd.img-* | sort -V | tail -n 1)
cp "$kernel" "$work/vmlinuz" && cp "$initrd" "$work/initrd.img"
leave
rm -f "$work/disk.img" && truncate -s 3G "$work/disk.img"
mkfs.ext4 -q -F -L kiosk -d "$root" "$work/disk.img"

# --- boot ------------------------------------------------------------------------------------
monitor=$work/monitor.sock
serial=$work/serial.log
rm -f "$monitor" "$serial" "$work"/screen-*.png
echo "==> booting (qemu-system-aarch64, TCG)"
qemu-system-aarch64 -M virt -cpu cortex-a72 -smp 2 -m 2048 \
    -kernel "$work/vmlinuz" -initrd "$work/initrd.img" \
    -append "root=/dev/vda rw console=ttyAMA0 systemd.journald.forward_to_console=1 quiet" \
    -drive file="$work/disk.img",if=none,format=raw,id=disk -device virtio-blk-pci,drive=disk \
    -device virtio-gpu-pci -device virtio-keyboard-pci \
    -display none -nic none -serial file:"$serial" \
    -monitor unix:"$monitor",server=on,wait=off &
qemu_pid=$!

hmp() {
    python3 - "$monitor" "$1" <<'PY'
import socket, sys, time
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
def until_prompt():
    data = b""
    while not data.endswith(b"(qemu) "):
        chunk = s.recv(4096)
        if not chunk:
            break
        data += chunk
    return data
until_prompt()
s.sendall(sys.argv[2].encode() + b"\n")
until_prompt()
time.sleep(0.2)
PY
}
shot() { # shot NAME -> prints the QR text, if any
    hmp "screendump $work/screen-$1.png -f png"
    sleep 1
    zbarimg -q --raw "$work/screen-$1.png" 2>/dev/null || true
}

deadline=$((SECONDS + ${BOOT_TIMEOUT:-900}))
qr=""
while [ -z "$qr" ]; do
    [ $SECONDS -lt $deadline ] || { tail -n 40 "$serial" >&2; fail "no sign-in screen within the timeout"; }
    kill -0 "$qemu_pid" 2>/dev/null || { tail -n 40 "$serial" >&2; fail "qemu exited"; }
    sleep 10
    grep -q "Started wallboard.service\|Started Wallboard" "$serial" || continue
    qr=$(shot 1-sign-in)
done
echo "==> sign-in screen after $SECONDS s: QR code -> $qr"
case "$qr" in
    http://127.0.0.1:*/setup/connect\?user_code=*) ;;
    *) fail "unexpected QR code: $qr" ;;
esac

echo "==> Back (sendkey esc)"
hmp "sendkey esc"
gone=""
for _ in $(seq 1 30); do
    sleep 5
    [ -n "$(shot 2-after-back)" ] || { gone=yes; break; }
done
[ -n "$gone" ] || fail "Back did not take the code off the screen"

echo "==> OK (sendkey ret) on New code"
hmp "sendkey ret"
again=""
for _ in $(seq 1 30); do
    sleep 5
    again=$(shot 3-after-ok)
    [ -z "$again" ] || break
done
[ -n "$again" ] || fail "OK did not bring a new code"
[ "$again" != "$qr" ] || fail "OK showed the same code again"
echo "==> new code: $again"

grep -q "Started wallboard.service\|Started Wallboard" "$serial" || fail "systemd never saw READY=1"
if grep -q "wallboard.service: Watchdog timeout\|wallboard.service: Scheduled restart\|wallboard.service: Failed" "$serial"; then
    grep "wallboard.service" "$serial" >&2
    fail "the service restarted"
fi
grep -i "linuxkms\|renderer\|wallboard\[" "$serial" | grep -v -i token | tail -n 15 || true
hmp "quit" || true
wait "$qemu_pid" 2>/dev/null || true
qemu_pid=""
echo "==> kiosk boot test passed; screendumps in $work"
