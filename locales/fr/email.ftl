# Emails and other texts the server writes: to the visitor in theirs, to the jeweler in the shop's.

