-- wrk script of `dossier bench api`: one thread sends the paths listed in the file named by its
-- first argument, in order, over all its connections; once as many answers as paths have come,
-- it stops and says so, and the bench ends the run (wrk waits out its duration otherwise).
-- Done prints the figures in one plain line that the bench reads.
local paths = {}
-- The index of the last path sent.
local sent
local answered = 0
-- Answers other than 200, read by done through each thread (so global).
other = 0
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  -- wrk asks each thread for one request to check it before sending any: that unsent one is
  -- the list's last, so that the first sent is the first.
  sent = #paths - 1
end

function request()
  -- Past the last path, the few connections still sending start the list again.
  sent = sent % #paths + 1
  return wrk.format("GET", "/" .. paths[sent])
end

function response(status, headers, body)
  answered = answered + 1
  if status ~= 200 then
    other = other + 1
  end
  if answered == #paths then
    wrk.thread:stop()
    io.write("dossier-wrk answered all\n")
    io.flush()
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.timeout
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("other")
  end
  io.write(string.format("dossier-wrk requests=%d seconds=%.6f p50_us=%d p90_us=%d p99_us=%d"
      .. " cpu_seconds=%.6f failed=%d\n", summary.requests, summary.duration / 1e6,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), os.clock(),
      failed))
end
