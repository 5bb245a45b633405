# What core says about a ring: the summary, the jeweler's spec, catalog names, size words, warnings and field errors.

