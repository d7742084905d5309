# Check in again by Enter, the mood row and feelings by arrows, then lock (Ctrl+L) and type
# the demo passphrase: Orca must say bullets, never the letters.
k() { xdotool key --delay 150 "$@"; sleep 1.5; }
xdotool windowactivate --sync "$(xdotool search --name PeerDesk | tail -1)"; sleep 2
k shift+Tab; k shift+Tab; k Return; k Tab; k Right; k Right; k Tab; k Right; k space; k Tab
k ctrl+l; sleep 4; xdotool type --delay 300 "demo"; sleep 2; k Return; sleep 3
k ctrl+2; k ctrl+shift+Right
