-- Ends a reservation. KEYS: failures, pending. ARGV: id, outcome
-- (success | failure | void), now (ms). A success forgets the key's
-- failures; a failure stays for the window; void gives the slot back.
local entry = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
if ARGV[2] == 'success' then
  redis.call('DEL', KEYS[1])
elseif ARGV[2] == 'failure' and entry then
  local window = tonumber(string.match(entry, ':(%d+)$'))
  redis.call('ZADD', KEYS[1], ARGV[3], 'f' .. ARGV[1])
  if redis.call('PTTL', KEYS[1]) < window then
    redis.call('PEXPIRE', KEYS[1], window)
  end
end
return 1
