-- wrk script for `cargo xtask bench`: POSTs one consultation request body again and again, each
-- with its own Idempotency-Key (so every request is a new brief the server must store durably)
-- and from its own visitor (the body's email made unique, as briefs from many visitors are: each
-- gets its confirmation email, and no visitor's daily limit on confirmations is reached).
--   wrk -s bench/post.lua http://127.0.0.1:PORT/api/consultations -- body.json run-nonce
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
  nonce = args[2] or tostring(os.time())
  counter = 0
end

function request()
  counter = counter + 1
  local key = "bench-" .. nonce .. "-" .. id .. "-" .. counter
  wrk.headers["Idempotency-Key"] = key
  -- An address's local part holds at most 64 characters: the run's last 12 digits, not its label.
  local email = "v-" .. nonce:sub(-12) .. "-" .. id .. "-" .. counter .. "@example.com"
  local visitor = body:gsub('"email":"[^"]*"', '"email":"' .. email .. '"', 1)
  return wrk.format(nil, nil, nil, visitor)
end
