-- Keeps a session until its absolute end. KEYS: the session, its
-- mailbox's sessions (zset, key -> until), all sessions (zset). ARGV:
-- value, now, until (ms), per_mailbox, max_sessions. A mailbox at its cap
-- loses its own oldest; otherwise a full store refuses (returns 0) rather
-- than push out anyone else's.
local now = tonumber(ARGV[2])
local until_ = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[2])
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[4]) then
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
  redis.call('DEL', oldest)
  redis.call('ZREM', KEYS[2], oldest)
  redis.call('ZREM', KEYS[3], oldest)
elseif redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[5]) then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', string.format('%d', until_ - now))
for _, key in ipairs({KEYS[2], KEYS[3]}) do
  redis.call('ZADD', key, ARGV[3], KEYS[1])
  if redis.call('PTTL', key) < until_ - now then
    redis.call('PEXPIRE', key, string.format('%d', until_ - now))
  end
end
return 1
