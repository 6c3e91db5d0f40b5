-- Chats for the load benchmark: each request a new question text (no cache can answer it), each a new conversation.
-- Counts the answered (200) and refused replies per thread and prints the totals when wrk ends.
dofile("bench/common.lua")
local qs = {"知识产权证券化发行了多少单", "哪些举措缩短了通关时间", "深圳推出了哪些开放举措", "碳足迹认证是怎么做的",
            "浦东新区的金融改革", "厦门的跨境贸易便利化", "危化品追溯码激活了多少个"}
local i = 0
local run = tostring(os.time())
ok = 0
other = 0
request = function()
  i = i + 1
  local q = qs[(i % #qs) + 1] .. "？（" .. run .. "-" .. tid .. "-" .. i .. "）"
  return wrk.format(nil, "/api/chat", nil, '{"message": "' .. q .. '"}')
end
-- with ANSWERED_IDS set, each answered conversation's id is written to ANSWERED_IDS/ids-<thread>.txt, so that the
-- benchmark can look every one of them up in the database
local ids_dir = os.getenv("ANSWERED_IDS")
local ids
response = function(status, headers, body)
  if status ~= 200 then
    other = other + 1
    return
  end
  ok = ok + 1
  if ids_dir then
    ids = ids or io.open(ids_dir .. "/ids-" .. tid .. ".txt", "a")
    ids:write((body:match('"conversationId":"([^"]+)"') or "?"), "\n")
    ids:flush()
  end
end
function done(summary, latency, requests)
  local o, n = 0, 0
  for _, t in ipairs(threads) do
    o = o + t:get("ok")
    n = n + t:get("other")
  end
  local e = summary.errors
  io.write(string.format("answered=%d refused=%d socket_errors=%d p50_ms=%.0f p99_ms=%.0f\n", o, n,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
