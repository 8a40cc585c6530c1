-- Paced mode (appended by benchmarks/http_load.py): each wrk thread sends at most
-- CC_WRK_RATE requests per second over all of its connections, on an even schedule; a
-- connection whose slot has not come yet waits for it (wrk's delay()).

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } cc_timespec;
int clock_gettime(int clk_id, cc_timespec *tp);
]]
local clock = ffi.new("cc_timespec")
local CLOCK_MONOTONIC = 1

local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local interval = 1000 / tonumber(os.getenv("CC_WRK_RATE"))
local next_slot = nil

function delay()
  local now = now_ms()
  -- A slot missed (every connection busy) is dropped, not sent late in a burst.
  local slot = math.max(next_slot or now, now)
  next_slot = slot + interval
  return slot - now
end
