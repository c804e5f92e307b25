"""Production settings, with the benchmark's ceiling view (bench.urls). Only `make bench` uses it."""

from her2site.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
