-- Searches for the load benchmark: each request a new text, so no cache of any kind can answer it.
dofile("bench/common.lua")
local qs = {"知识产权证券化发行了多少单", "哪些举措缩短了通关时间", "深圳推出了哪些开放举措", "碳足迹认证",
            "浦东新区的金融改革", "厦门的跨境贸易便利化", "危化品追溯码激活了多少个"}
local i = 0
local run = tostring(os.time())
request = function()
  i = i + 1
  return wrk.format(nil, "/api/search", nil, '{"query": "' .. qs[(i % #qs) + 1] .. "，第" .. run .. "-" .. tid .. "-" .. i .. '次"}')
end
