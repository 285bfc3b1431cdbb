"""Build step: vendor Natural Earth country outlines (world-atlas, public domain) into marsad.web's static files.

    python scripts/vendor_world_atlas.py [--version 2.0.2]

Runs `npm pack world-atlas@VERSION` in a temporary folder, checks the TopoJSON, and copies `countries-50m.json`
to `src/marsad/web/static/countries-50m.json`. The result is committed, so serving the dashboard never needs npm
or the network; run this only to update the map.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src" / "marsad" / "web" / "static" / "countries-50m.json"
MEMBER = "package/countries-50m.json"


def vendor(version: str, target: Path = TARGET) -> Path:
    """Fetch world-atlas@version with npm and copy its 50m countries TopoJSON to `target`."""
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("npm is not installed; install Node.js (apt-get install -y npm) and run again")
    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run([npm, "pack", f"world-atlas@{version}", "--silent"], cwd=tmp, capture_output=True,
                                text=True, timeout=300, check=False)
        if result.returncode != 0:
            sys.exit(f"npm pack world-atlas@{version} failed: {result.stderr.strip()[:500]}")
        tarball = Path(tmp) / result.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as archive:
            data = archive.extractfile(MEMBER)
            if data is None:
                sys.exit(f"{tarball.name} has no {MEMBER}; pick a world-atlas version that ships it")
            raw = data.read()
    topology = json.loads(raw)
    if topology.get("type") != "Topology" or "countries" not in topology.get("objects", {}):
        sys.exit("countries-50m.json is not a TopoJSON topology with a 'countries' object")
    target.write_bytes(raw)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", default="2.0.2", help="world-atlas version on npm (default 2.0.2)")
    args = parser.parse_args()
    path = vendor(args.version)
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
