"""A longer run of the property-based tests than CI's: `python scripts/fuzz.py [DOCUMENTS]`.

CI runs 5,000 generated documents through extraction and every RDF writer; this runs as many
as asked (default 20,000) and prints pytest's summary.
"""

import os
import subprocess
import sys

documents = sys.argv[1] if len(sys.argv) > 1 else "20000"
env = {**os.environ, "KG_FUZZ_DOCUMENTS": documents}
sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "tests/test_hostile_text.py",
                          "--hypothesis-show-statistics"], env=env))
