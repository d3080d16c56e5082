-- Takes a session out, once across every replica. KEYS: the session, all
-- sessions. ARGV: the prefix of mailbox keys (the value starts with the
-- mailbox key's 64 hex characters).
local value = redis.call('GETDEL', KEYS[1])
if not value then
  return false
end
redis.call('ZREM', ARGV[1] .. string.sub(value, 1, 64), KEYS[1])
redis.call('ZREM', KEYS[2], KEYS[1])
return value
