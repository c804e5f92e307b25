# The two set-up commands (README): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install migrate demo bench e2e screenshots mutate clean

# Local commands run in debug mode unless told otherwise (production sets DJANGO_DEBUG=0).
run demo migrate: export DJANGO_DEBUG ?= 1
# The demo's board members are invented: its articles say so (off unless set).
run demo: export FICTIONAL_REVIEWERS ?= 1

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is needed"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

## Run the site with demo content on http://127.0.0.1:8000 (SQLite unless DATABASE_URL says otherwise).
run: demo
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Check the import layers, then run the test suite (PostgreSQL when DATABASE_URL points at
## it, SQLite otherwise).
test: install
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## Only the browser tests (Playwright driving Debian's chromium).
e2e: install
	$(BIN)/python -m pytest tests/e2e $(PYTEST_ARGS)

## Retake the README's screenshots (docs/screenshots/); other test runs leave them alone.
screenshots: install
	SCREENSHOTS_DIR=$(CURDIR)/docs/screenshots $(BIN)/python -m pytest tests/e2e/test_screenshots.py $(PYTEST_ARGS)

## Measure throughput with wrk against gunicorn on a scaled PostgreSQL data set.
# Sizes and durations are options: make bench BENCH_ARGS="--articles 2000 --rounds 2"
# (see .venv/bin/python bench/run.py --help). Needs PostgreSQL; installs wrk (Debian) if missing.
bench: SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
bench: install
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk; }
	$(BIN)/python bench/run.py $(BENCH_ARGS)

## Mutation testing of the workflow services and the public-read rule (docs/mutation.md); on
## demand, not in CI. SQLite, then PostgreSQL for the row locks. One process: MUTATE_ARGS="--max-children 2" on a machine of your own.
# The rule's functions in articles.models.content and reviews.models; every function in
# reviews.services.
MUTATE_SCOPE := 'reviews.services.*' \
	'articles.models.content.x_public_revision_q__*' \
	'articles.models.content.x*ArticleQuerySet*' \
	'articles.models.content.x*RevisionQuerySet*public__*' \
	'articles.models.content.x*meeting_the_public_rule__*' \
	'reviews.models.x*ReviewQuerySet*' \
	'reviews.models.x*BoardMemberQuerySet*active__*'
MUTATE_ARGS ?= --max-children 1
# Row locks are real only on PostgreSQL (select_for_update does nothing on SQLite): the lock
# helpers' mutants run again there, against tests/mutation/test_lock_scope.py.
MUTATE_LOCKS := 'reviews.services.x__lock__*' 'reviews.services.x__lock_article__*'
MUTATE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
$(BIN)/mutmut: pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,mutate]"
	touch $@

mutate: install $(BIN)/mutmut
	rm -rf mutants
	$(BIN)/mutmut run $(MUTATE_ARGS) $(MUTATE_SCOPE)
	DATABASE_URL=$(MUTATE_DATABASE_URL) $(BIN)/mutmut run $(MUTATE_ARGS) $(MUTATE_LOCKS)
	$(BIN)/python tools/mutation_score.py $(MUTATE_SCOPE)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles mutants
