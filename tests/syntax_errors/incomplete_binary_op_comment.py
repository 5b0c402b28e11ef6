total = 0
total = total +   # add the rest
