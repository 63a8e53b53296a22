-- wrk script for bench/serve_secure.sh: POSTs the hook request in $ELIGO_HOOK_BODY, each
-- request with its own pre-signed token from $ELIGO_TOKENS (the service takes a token
-- once; thread i of $ELIGO_BENCH_THREADS sends lines i, i+n, i+2n ...), and prints the
-- latency percentiles, the throughput, the socket errors and the non-2xx answers as
-- key=value lines. With $ELIGO_COUNT_TEXT, also the answers whose body holds that text.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("ELIGO_HOOK_BODY"), "rb"))
wrk.body = file:read("*a")
file:close()

local threads, next_id = {}, 0
setup = function(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local tokens, used = {}, 0
short, counted = 0, 0
init = function()
  local n = tonumber(os.getenv("ELIGO_BENCH_THREADS"))
  local line_number = 0
  for line in io.lines(os.getenv("ELIGO_TOKENS")) do
    if line_number % n == id then table.insert(tokens, line) end
    line_number = line_number + 1
  end
end

request = function()
  used = used + 1
  if used > #tokens then short = short + 1 end  -- a token again: refused, 401
  local headers = {["Content-Type"] = "application/json"}
  headers["Authorization"] = "Bearer " .. tokens[(used - 1) % #tokens + 1]
  return wrk.format(nil, nil, headers, nil)
end

local text = os.getenv("ELIGO_COUNT_TEXT")
if text and text ~= "" then
  response = function(status, headers, body)
    if body and body:find(text, 1, true) then counted = counted + 1 end
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  local short_total, counted_total = 0, 0
  for _, thread in ipairs(threads) do
    short_total = short_total + thread:get("short")
    counted_total = counted_total + thread:get("counted")
  end
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("requests_per_s=%.1f\n", summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("p%d_ms=%.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms=%.2f\n", latency.max / 1000))
  io.write(string.format("socket_errors=%d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("non_2xx=%d\n", e.status))
  io.write(string.format("tokens_short=%d\n", short_total))
  if text and text ~= "" then io.write(string.format("counted=%d\n", counted_total)) end
end
