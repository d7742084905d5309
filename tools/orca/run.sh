#!/bin/bash
# Hear PeerDesk through Orca on a headless machine (issue 13; docs/ACCESSIBILITY.md says what
# was heard). Needs: xvfb openbox orca speech-dispatcher xdotool (apt). Run as:
#   dbus-run-session -- tools/orca/run.sh tools/orca/keys-journal.sh [es]
# Orca's speech goes to a null sound device; what it would say is kept from its debug log
# in $OUT/speech.txt. Nothing of a real vault is used: PeerDesk opens its demo vault.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
KEYS=$(realpath "$1"); LANG_UI=${2:-en}
OUT=${OUT:-$(mktemp -d)}
export HOME=$OUT/home DISPLAY=:97
mkdir -p "$HOME/.local/share/orca" "$HOME/.config/speech-dispatcher"
Xvfb :97 -screen 0 1366x768x24 >/dev/null 2>&1 & XV=$!
sleep 2; openbox >/dev/null 2>&1 & sleep 1
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & sleep 1
gsettings set org.gnome.desktop.interface toolkit-accessibility true 2>/dev/null
# No sound card here: speech-dispatcher writes to ALSA's null device (else Orca waits on it).
printf 'pcm.!default { type null }\n' > "$HOME/.asoundrc"
sed -e 's/^#* *AudioOutputMethod .*/AudioOutputMethod "alsa"/' \
    /etc/speech-dispatcher/speechd.conf > "$HOME/.config/speech-dispatcher/speechd.conf"
# Orca buffers its debug log: flush it every 300 ms so nothing is lost when it is stopped.
cat > "$HOME/.local/share/orca/orca-customizations.py" <<'PY'
from gi.repository import GLib
import orca.debug as _d
def _flush():
    if _d.debugFile:
        _d.debugFile.flush()
    return True
GLib.timeout_add(300, _flush)
PY
orca --replace -d braille -d braille-monitor -d main-window -d splash-window \
    --debug-file="$OUT/orca-debug.out" >"$OUT/orca.log" 2>&1 & ORCA=$!
sleep 15
cd "$ROOT" && QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 LANGUAGE=$LANG_UI PYTHONPATH="$ROOT/src" \
    "$ROOT/.venv/bin/python" -m peerdesk --demo >"$OUT/app.log" 2>&1 & APP=$!
sleep 25
bash "$KEYS"
sleep 3
kill $APP; sleep 3; kill -INT $ORCA; sleep 3; kill $ORCA $XV 2>/dev/null
pkill -f "speech-dispatcher --spawn" 2>/dev/null
grep -o "SPEECH OUTPUT: '[^']*'" "$OUT/orca-debug.out" | sed "s/^SPEECH OUTPUT: //" > "$OUT/speech.txt"
echo "what Orca said: $OUT/speech.txt"
