# The visitor's configurator: steps, pickers, viewer, saved designs, share, embed notices, no-WebGL fallback.

