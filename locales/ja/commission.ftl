# The visitor's commission page: thread, proposals, booking, stages, privacy.

