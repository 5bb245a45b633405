-- wrk script for `cargo xtask bench`: POSTs one consultation request body again and again, each
-- with its own Idempotency-Key (so every request is a new brief the server must store durably).
--   wrk -s bench/post.lua http://127.0.0.1:PORT/api/consultations -- body.json run-nonce
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
  nonce = args[2] or tostring(os.time())
  counter = 0
end

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. nonce .. "-" .. id .. "-" .. counter
  return wrk.format()
end
