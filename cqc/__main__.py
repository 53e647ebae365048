import sys

from cqc.cli import main

sys.exit(main())
