# sys.exit("message"): the message goes to stderr and the exit status is 1; stdout before it is kept.
import sys
print('about to fail')
sys.exit('fatal: configuration missing')
