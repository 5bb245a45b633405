# The ring viewer, which the configurator, the commission page and the studio all show: its views,
# tools, the no-WebGL fallback and the postcard.

viewer-unavailable = The 3D preview can't run in this browser
viewer-unavailable-why = ({ $reason }). Your choices still count; here is your ring in words:
viewer-unavailable-words-beside = ({ $reason }). The design is written out in words on this page.
viewer-reason-no-webgl2 = this browser does not offer WebGL2
viewer-reason-context = the graphics context could not be set up: { $detail }
viewer-roledescription = interactive 3D preview
viewer-label = { $summary }. Use the arrow keys to turn it and + or - to zoom.
viewer-tools = Preview
viewer-view-three-quarter = ¾ view
viewer-view-three-quarter-short = ¾
viewer-view-top = Top
viewer-view-top-short = Top
viewer-view-side = Side
viewer-view-side-short = Side
viewer-view-front = Front
viewer-view-front-short = Front
viewer-view-inside = Inside
viewer-view-inside-short = Inside
viewer-turntable = Turntable
viewer-turntable-short = Turntable
viewer-turntable-title = Turn slowly by itself
viewer-turntable-paused = The turntable stopped to keep this device quick. Press ↻ to turn the ring anyway.
viewer-turntable-paused-short = Paused
viewer-turntable-paused-label = Turntable, paused
viewer-postcard = Postcard
viewer-postcard-short = Postcard
viewer-postcard-label = Save postcard
viewer-postcard-title = Download a postcard of your ring
viewer-hint = Drag to turn · pinch or scroll to zoom
viewer-postcard-note = A first idea, to talk through with your jeweler. The finished ring may differ.
viewer-postcard-file = my-ring.png
