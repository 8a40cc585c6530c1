-- GET scenario: cycles through the request paths listed in a file (one per line).
-- args: token, paths_file

local paths = {}
local i = 0

function init(args)
  wrk.headers["Authorization"] = "Bearer " .. args[1]
  for line in io.lines(args[2]) do
    if line ~= "" then table.insert(paths, line) end
  end
  -- Threads start at different places in the list.
  i = (tid or 0) * 17
end

function request()
  i = i + 1
  issued = issued + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
