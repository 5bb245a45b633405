# The jeweler's studio (always in the shop's language).

