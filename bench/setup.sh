#!/usr/bin/env bash
# The benchmark's setup step: Debian's NetworkX and python-igraph for the side-by-side comparisons.
set -euo pipefail
need=()
/usr/bin/python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
/usr/bin/python3 -c 'import igraph' 2>/dev/null || need+=(python3-igraph)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != "0" ]; then SUDO=sudo; else SUDO=""; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
/usr/bin/python3 -c 'import networkx, igraph; print("networkx", networkx.__version__, "· igraph", igraph.__version__)'
