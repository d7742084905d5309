# Journal by keyboard: Tab through the entry editor, Ctrl+F, a search, open a found entry,
# then the roadmap and library toolbars.
k() { xdotool key --delay 150 "$@"; sleep 1.5; }
xdotool windowactivate --sync "$(xdotool search --name PeerDesk | tail -1)"; sleep 2
k Tab; k Tab; k Tab; k Tab; k Tab; k Tab; k ctrl+f; xdotool type --delay 120 "walk"; sleep 2
k Tab; k Down; k Return
k ctrl+2; k Tab; k Tab; k ctrl+3; k Tab; k Tab
