-- Dispatch scenario: every request dispatches a different registered case to `urban`, with the
-- case's current version and a fresh Idempotency-Key.
-- args: token, ids_file ("id version" lines), first line to use (0-based), threads, key prefix

local ids, versions = {}, {}
local n = 0
local first, nthreads, prefix, token

function init(args)
  token = args[1]
  first = tonumber(args[3])
  nthreads = tonumber(args[4])
  prefix = args[5]
  for line in io.lines(args[2]) do
    local id, version = string.match(line, "^(%d+) (%d+)")
    if id then
      table.insert(ids, id)
      table.insert(versions, version)
    end
  end
end

function request()
  -- Thread t takes lines first+t, first+t+nthreads, ...
  local k = first + (tid or 0) + n * nthreads + 1
  n = n + 1
  issued = issued + 1
  local id, version = ids[k], versions[k]
  if id == nil then
    error("out of dispatchable cases at line " .. k)
  end
  local body = '{"action":"dispatch","version":' .. version .. ',"department":"urban"}'
  local headers = {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = prefix .. "-" .. id,
  }
  return wrk.format("POST", "/api/v1/cases/" .. id .. "/actions", headers, body)
end
