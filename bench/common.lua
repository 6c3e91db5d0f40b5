-- Shared by the load benchmark's scripts (loaded with dofile from the project root): numbered threads, JSON posts.
local counter = 0
threads = {}
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
