# sys.exit(3): no stderr output at all, exit status 3.
import sys
sys.exit(3)
