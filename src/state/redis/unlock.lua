-- Releases a change lock only for its holder (it may have expired and
-- been taken by another replica since).
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
