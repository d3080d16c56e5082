-- Reserves one failure slot of a budget. KEYS: failures (zset, member ->
-- when), pending (hash, id -> "made:until:window"), the id counter.
-- ARGV: now, window, hold (ms), budget. Reservations past their hold
-- become failures (the check may have reached the server); failures
-- older than the window are dropped; failures and checks in flight count
-- together. Returns {1, id, used before, oldest (ms, -1 for none)}, or
-- {0, wait in ms} until the oldest leaves.
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local hold = tonumber(ARGV[3])
local budget = tonumber(ARGV[4])
local oldest = nil
local live = 0
local pending = redis.call('HGETALL', KEYS[2])
for i = 1, #pending, 2 do
  local made, until_ = string.match(pending[i + 1], '^(%d+):(%d+):')
  made = tonumber(made)
  if tonumber(until_) <= now then
    redis.call('HDEL', KEYS[2], pending[i])
    redis.call('ZADD', KEYS[1], made, 'r' .. pending[i])
  else
    live = live + 1
    if oldest == nil or made < oldest then
      oldest = made
    end
  end
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%d', now - window))
local used = redis.call('ZCARD', KEYS[1]) + live
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if first[2] ~= nil and (oldest == nil or tonumber(first[2]) < oldest) then
  oldest = tonumber(first[2])
end
if used >= budget then
  return {0, (oldest or now) + window - now}
end
local id = redis.call('INCR', KEYS[3])
redis.call('HSET', KEYS[2], id, string.format('%d:%d:%d', now, now + hold, window))
for _, key in ipairs({KEYS[1], KEYS[2]}) do
  if redis.call('PTTL', key) < window + hold then
    redis.call('PEXPIRE', key, window + hold)
  end
end
return {1, id, used, oldest or -1}
