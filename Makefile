# Two commands do everything on a fresh machine:
#   make report   set up .venv, execute the notebooks on the default article, write reports/<input>/
#   make test     set up .venv, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
INPUT  ?= data/raw/step_news_baghuz_battle.txt
OUT    ?=
NER    ?= auto

.PHONY: setup report report-cli test bench fonts clean sync-notebooks

setup: $(STAMP)

# torch is installed first and pinned so that pip takes the CPU wheel, never a CUDA build.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet "torch==2.13.0"
	$(PY) -m pip install --quiet -e ".[test]"
	-@$(MAKE) --no-print-directory fonts
	touch $(STAMP)

# Optional: a better Arabic font for figures (Noto Naskh Arabic). Figures fall back to DejaVu Sans.
fonts:
	@if [ -f /usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf ]; then echo "Noto Naskh Arabic: installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-core >/dev/null) \
	  && echo "Noto Naskh Arabic: installed" || echo "Noto Naskh Arabic: not installed (figures use DejaVu Sans)"; \
	else echo "Noto Naskh Arabic not found: figures use DejaVu Sans (install Debian's fonts-noto-core for nicer Arabic)"; fi

report: $(STAMP)
	$(PY) -m analysis notebooks $(INPUT) $(if $(OUT),--out $(OUT)) --backend $(NER)

report-cli: $(STAMP)
	$(PY) -m analysis report $(INPUT) $(if $(OUT),--out $(OUT)) --backend $(NER)

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) benchmarks/run.py

# Regenerate each notebook's .ipynb from its py:percent script (after editing the .py).
sync-notebooks: $(STAMP)
	$(VENV)/bin/jupytext --sync notebooks/[0-9]*.py

clean:
	rm -rf reports/ .pytest_cache .hypothesis
