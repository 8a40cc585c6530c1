#!/usr/bin/env bash
# Regenerates the demo camera clip served by cc-server in demo mode (GET /media/demo.mp4 and,
# looped in real time, GET /media/live/{code}). Needs ffmpeg with libx264 and libfreetype;
# the clips are committed, so neither CI nor the server needs ffmpeg.
#
# The scene: a synthetic crossroads (sky, buildings, a road with lane marks, cars going both
# ways, a pedestrian) with a burned-in clip clock and frame counter. Every motion repeats
# within the clip's 16 s, so the looped live stream has no visible jump.
set -euo pipefail
cd "$(dirname "$0")"

FONT=${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf}
SECONDS_LONG=16
FPS=25

size=640x360
src() { echo "color=c=$1:s=$2:r=${FPS}:d=${SECONDS_LONG}"; }
static=(
  # buildings and road
  "drawbox=x=0:y=60:w=130:h=150:c=0x4a4f5a:t=fill"
  "drawbox=x=150:y=90:w=110:h=120:c=0x5b6270:t=fill"
  "drawbox=x=290:y=40:w=90:h=170:c=0x444a55:t=fill"
  "drawbox=x=410:y=100:w=230:h=110:c=0x56606c:t=fill"
  "drawbox=x=0:y=210:w=640:h=150:c=0x3a3a3c:t=fill"
  "drawbox=x=0:y=282:w=640:h=4:c=0xd8d8d8:t=fill"
  "drawbox=x=0:y=212:w=640:h=3:c=0xe0c040:t=fill"
  # lit windows that blink on a 4 s cycle
  "drawbox=x=20:y=80:w=18:h=14:c=0xf0e08a:t=fill:enable='lt(mod(t,4),2)'"
  "drawbox=x=180:y=110:w=18:h=14:c=0xf0e08a:t=fill:enable='gte(mod(t,4),1)'"
  "drawbox=x=310:y=70:w=18:h=14:c=0xf0e08a:t=fill:enable='lt(mod(t,4),3)'"
)
labels=(
  "drawbox=x=0:y=0:w=640:h=30:c=black@0.55:t=fill"
  "drawtext=fontfile=${FONT}:text='CC-SERVER DEMO CAMERA':x=10:y=7:fontsize=16:fontcolor=white"
  "drawtext=fontfile=${FONT}:text='SIMULATED - NOT A LIVE FEED':x=w-tw-10:y=7:fontsize=16:fontcolor=0xffd060"
  "drawbox=x=0:y=330:w=640:h=30:c=black@0.55:t=fill"
  "drawtext=fontfile=${FONT}:text='T %{pts\\:hms}':x=10:y=337:fontsize=18:fontcolor=white"
  "drawtext=fontfile=${FONT}:text='FRAME %{eif\\:n\\:d\\:4}':x=w-tw-10:y=337:fontsize=18:fontcolor=white"
)
join() { local IFS=,; echo "$*"; }
# Moving things are overlays (overlay evaluates x/y per frame): cars eastbound with periods
# 8 s and 4 s, westbound with 16 s, and a pedestrian crossing every 8 s.
graph="[0]$(join "${static[@]}")[bg];"
graph+="[bg][1]overlay=x='mod(t*760/8,760)-120':y=296[a];"
graph+="[a][2]overlay=x='mod(t*760/4+380,760)-120':y=300[b];"
graph+="[b][3]overlay=x='640-mod(t*760/16,760)':y=236[c];"
graph+="[c][4]overlay=x=560:y='200+mod(t*130/8,130)'[d];"
graph+="[d]$(join "${labels[@]}")[out]"

inputs=(
  -f lavfi -i "$(src 0x6f8fb0 $size)"
  -f lavfi -i "$(src 0xc0392b 110x34)"
  -f lavfi -i "$(src 0xe8e8e8 80x28)"
  -f lavfi -i "$(src 0x2e86c1 120x38)"
  -f lavfi -i "$(src 0x27ae60 12x30)"
)

# H.264 main profile, no B-frames, a keyframe every second (a player joining the live
# stream starts within a second), yuv420p so every decoder takes it.
ffmpeg -hide_banner -loglevel error -y "${inputs[@]}" -filter_complex "$graph" -map "[out]" \
  -c:v libx264 -profile:v main -pix_fmt yuv420p -bf 0 -g ${FPS} -keyint_min ${FPS} \
  -sc_threshold 0 -crf 28 -maxrate 220k -bufsize 440k -movflags +faststart \
  -metadata title="cc-server demo camera" demo.mp4

# The same stream in MPEG-TS for the looped live stream; PAT/PMT at every keyframe.
ffmpeg -hide_banner -loglevel error -y -i demo.mp4 -c copy -bsf:v h264_mp4toannexb \
  -mpegts_flags +resend_headers -f mpegts demo.ts

ls -l demo.mp4 demo.ts
