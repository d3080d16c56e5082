-- GCRA for one key, as state/memory.rs does it: KEYS[1] holds the
-- theoretical arrival time (ms). ARGV: now, interval, tolerance (ms).
-- Returns -1 when allowed, else the wait in ms.
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local tolerance = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1])) or now
if tat < now then
  tat = now
end
local ahead = tat - now
if ahead > tolerance then
  return ahead - tolerance
end
local next_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', next_tat), 'PX', string.format('%d', next_tat - now + 1))
return -1
