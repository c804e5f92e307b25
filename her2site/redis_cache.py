"""Django's Redis cache backend, with one redis-py client per connection pool.

Django's client builds a new `redis.Redis` for every command. In redis-py 8 that costs about
0.1 ms of CPU (it fills a case-insensitive table of some 170 response callbacks), as much as the
round trip to Redis itself; a cached article page asks Redis once, so that was a third of its
cost with 4 workers (README, "Benchmark"). redis-py's client is safe to share between threads
and holds no connection of its own (its pool does), so one per pool serves every command.
Everything else is Django's backend as it is.
"""

from django.core.cache.backends import redis as django_redis


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}  # by id of the pool; Django never replaces a pool

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
