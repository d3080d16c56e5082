-- Ends every session of a mailbox. KEYS: its sessions, all sessions.
local sessions = redis.call('ZRANGE', KEYS[1], 0, -1)
for _, key in ipairs(sessions) do
  redis.call('DEL', key)
  redis.call('ZREM', KEYS[2], key)
end
redis.call('DEL', KEYS[1])
return #sessions
