-- Remembers a shown example for a mailbox. KEYS: the mailbox's examples
-- (zset, digest -> when). ARGV: digest, now (ms), how many are kept, how
-- long (ms). The oldest go first; the set expires with its newest member.
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[3]) - 1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
