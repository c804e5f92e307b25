-- Cycle through the paths listed in a file (the first script argument), so a run reads many
-- articles rather than one; each thread starts at a different place in the list.
local paths = {}
local threads = 0
local index = 0

function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  index = (offset * 7919) % #paths
end

function request()
  index = index % #paths + 1
  return wrk.format(nil, paths[index])
end
