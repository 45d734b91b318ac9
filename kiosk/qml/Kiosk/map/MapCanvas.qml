// SPDX-License-Identifier: MIT
// The map itself: sea, land, borders, graticule, range rings, the quarantine arc, sites, places,
// events and ships at time `t`. The coast is projected once, in Python, and painted once per
// settled view; everything else sits in world kilometres inside one item that the view scales
// and moves (pinch, drag, double-tap), so zooming and motion are transforms in the scene graph.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Theme

Item {
    id: canvas

    required property MapView map
    required property real t
    // The clock to the hour, for what appears and goes at a moment (pins, rings, the arc): read
    // a few times a second while the timeline plays, not every frame.
    readonly property real hour: Math.floor(t * 24) / 24
    property bool stepped: false
    property var highlight: []
    // A panel's preview: no gestures, nothing tappable, smaller symbols.
    property bool interactive: true
    property real symbolScale: 1
    property bool labelsOn: true
    signal itemTapped(string itemId)

    // The view: the world point at the canvas centre and pixels per kilometre.
    property real centreX: 0
    property real centreY: 0
    property real zoom: 0.2
    // How much of the canvas's top is covered (by the map's key): labels stay below it.
    property real coveredTop: 0
    // Read from Python once: gestures re-evaluate the bindings below many times a second.
    readonly property var views: map.views
    readonly property rect world: map.world
    readonly property real fitZoom: viewZoom(views["region"].width)
    readonly property real maxZoom: fitZoom * 8
    // Where "Whole map" returns to: the region view as the bounds let it stand on this screen.
    readonly property point regionCentre: clamped(views["region"].x, views["region"].y, fitZoom)
    // Set when the region view is shown, cleared by a gesture: the canvas's size may still
    // change after the view was set (the timeline lays out), and the view should follow it.
    property bool regionShown: false
    readonly property bool atRegion: regionShown
                                     || Math.abs(zoom - fitZoom) < fitZoom * 0.01
                                     && Math.abs(centreX - regionCentre.x) < 1
                                     && Math.abs(centreY - regionCentre.y) < 1

    function viewZoom(widthKm: real): real {
        return Math.max(width, height * 1.2) / widthKm
    }
    // The nearest centre at which the world's bounding box covers the whole canvas at `z`: the
    // region never leaves the screen.
    function clamped(x: real, y: real, z: real): point {
        const w = canvas.world
        const halfW = canvas.width / 2 / z
        const halfH = canvas.height / 2 / z
        return Qt.point(w.width > 2 * halfW ? Math.min(Math.max(x, w.x + halfW), w.x + w.width - halfW)
                                            : w.x + w.width / 2,
                        w.height > 2 * halfH ? Math.min(Math.max(y, w.y + halfH), w.y + w.height - halfH)
                                             : w.y + w.height / 2)
    }
    function clampCentre(): void {
        const c = canvas.clamped(canvas.centreX, canvas.centreY, canvas.zoom)
        canvas.centreX = c.x
        canvas.centreY = c.y
    }
    function showView(name: string, animate: bool): void {
        const v = canvas.views[name] ?? canvas.views["region"]
        canvas.regionShown = !(name in canvas.views) || name === "region"
        const targetZoom = Math.min(canvas.maxZoom, Math.max(canvas.fitZoom, canvas.viewZoom(v.width)))
        if (animate && !canvas.stepped) {
            zoomTo.stop()
            zoomCx.to = v.x; zoomCy.to = v.y; zoomZ.to = targetZoom
            zoomTo.start()
        } else {
            canvas.centreX = v.x; canvas.centreY = v.y; canvas.zoom = targetZoom
            canvas.clampCentre()
            canvas.settleNow()
        }
    }
    // Paint the still map for the current view at once (no gesture to wait for).
    function settleNow(): void {
        settle.stop()
        painted.viewX = canvas.centreX; painted.viewY = canvas.centreY; painted.viewZoom = canvas.zoom
    }
    function zoomAt(px: real, py: real, factor: real): void {
        canvas.regionShown = false
        const z = Math.min(canvas.maxZoom, Math.max(canvas.fitZoom, canvas.zoom * factor))
        // Keep the world point under the fingers where it is.
        const wx = canvas.centreX + (px - canvas.width / 2) / canvas.zoom
        const wy = canvas.centreY + (py - canvas.height / 2) / canvas.zoom
        canvas.zoom = z
        canvas.centreX = wx - (px - canvas.width / 2) / z
        canvas.centreY = wy - (py - canvas.height / 2) / z
        canvas.clampCentre()
    }

    objectName: "map.canvas"
    clip: true
    onWidthChanged: if (regionShown || zoom < fitZoom) showView("region", false)
    onHeightChanged: if (regionShown || zoom < fitZoom) showView("region", false)

    ParallelAnimation {
        id: zoomTo
        NumberAnimation { id: zoomCx; target: canvas; property: "centreX"; duration: 400; easing.type: Easing.OutCubic }
        NumberAnimation { id: zoomCy; target: canvas; property: "centreY"; duration: 400; easing.type: Easing.OutCubic }
        NumberAnimation { id: zoomZ; target: canvas; property: "zoom"; duration: 400; easing.type: Easing.OutCubic }
        onFinished: { canvas.clampCentre(); canvas.settleNow() }
    }

    // The still map and its long lines (rings, the arc), painted by Python once per settled view
    // and when a line changes (kiosk/backend/base_map.py, map_lines.py). While a gesture or zoom animation runs, the
    // painted pictures are scaled and moved to follow it, and painted afresh, with a margin for
    // the next pan, when the view settles.
    Item {
        id: painted
        readonly property real margin: 0.1
        property real viewX: 0
        property real viewY: 0
        property real viewZoom: 0
        readonly property real follow: canvas.zoom / Math.max(viewZoom, 1e-9)
        width: Math.round(canvas.width * (1 + 2 * margin))
        height: Math.round(canvas.height * (1 + 2 * margin))
        transformOrigin: Item.TopLeft
        scale: follow
        // Whole pixels: at rest the image is then copied, not resampled, wherever ships move.
        x: Math.round(canvas.width / 2 - follow * width / 2 + (viewX - canvas.centreX) * canvas.zoom)
        y: Math.round(canvas.height / 2 - follow * height / 2 + (viewY - canvas.centreY) * canvas.zoom)

        BaseMap {
            objectName: "map.base"
            anchors.fill: parent
            map: canvas.map
            viewX: painted.viewX
            viewY: painted.viewY
            viewZoom: painted.viewZoom
            lineScale: Theme.scale
            t: canvas.hour
            highlight: canvas.highlight
        }
    }
    Timer {  // paint the still map afresh once the view has stopped changing
        id: settle
        interval: 120
        onTriggered: {
            if (pinch.active || drag.active || zoomTo.running) { settle.restart(); return }
                painted.viewX = canvas.centreX; painted.viewY = canvas.centreY; painted.viewZoom = canvas.zoom
        }
    }
    onZoomChanged: settle.restart()
    onCentreXChanged: settle.restart()
    onCentreYChanged: settle.restart()

    Item {
        id: world
        // Whole pixels, like every pin in it (MapPin.snap): the software renderer then copies a
        // symbol's pixels instead of resampling them, and a ship that moves less than a pixel
        // in a frame leaves nothing to repaint.
        x: Math.round(canvas.width / 2 - canvas.centreX * canvas.zoom)
        y: Math.round(canvas.height / 2 - canvas.centreY * canvas.zoom)
        scale: canvas.zoom
        transformOrigin: Item.TopLeft

        Repeater {
            model: canvas.map.rings
            delegate: RangeRing {
                t: canvas.hour
                zoom: canvas.zoom
                highlight: canvas.highlight
                interactive: canvas.interactive
                labelsOn: canvas.labelsOn
                symbolScale: canvas.symbolScale
                onTapped: id => canvas.itemTapped(id)
            }
        }

        QuarantineArc {
            info: canvas.map.arc
            t: canvas.hour
            zoom: canvas.zoom
            highlight: canvas.highlight
            interactive: canvas.interactive
            labelsOn: canvas.labelsOn
            symbolScale: canvas.symbolScale
            onTapped: id => canvas.itemTapped(id)
        }

        Repeater {  // sites, places and events
            model: canvas.map.markers
            delegate: MapPin {
                required property real wx
                required property real wy
                required property string group
                required property string kind
                required property string name
                required property real start
                required property real end
                required labelZoom
                required labelLeft
                x: snap(wx)
                y: snap(wy)
                visible: canvas.hour >= Math.floor(start * 24) / 24 && canvas.hour < end
                zoom: canvas.zoom
                shape: group === "site" ? "site-" + kind : group === "event" ? "event-" + kind : kind
                pickRank: group === "event" ? 0 : group === "site" ? 2 : 3
                symbolSize: (group === "place" ? Theme.px(16) : Theme.px(30)) * canvas.symbolScale
                label: group === "event" ? "" : name
                interactive: canvas.interactive
                labelsOn: canvas.labelsOn
                emphasised: canvas.highlight.indexOf(itemId) >= 0
                onTapped: id => canvas.itemTapped(id)
            }
        }

        Repeater {
            model: canvas.map.ships
            delegate: ShipMarker {
                required property string name
                t: canvas.t
                step: canvas.map.step
                stepped: canvas.stepped
                zoom: canvas.zoom
                symbolSize: Theme.px(30) * canvas.symbolScale
                label: name
                labelZoom: canvas.fitZoom / Theme.scale * 2.5
                interactive: canvas.interactive
                labelsOn: canvas.labelsOn
                emphasised: canvas.highlight.indexOf(itemId) >= 0
                onTapped: id => canvas.itemTapped(id)
            }
        }
    }

    // Gestures: pinch to zoom, drag to pan, double-tap to zoom in; the view stays on the region.
    PinchHandler {
        id: pinch
        enabled: canvas.interactive
        target: null
        property real lastScale: 1
        onActiveChanged: lastScale = 1
        onActiveScaleChanged: {
            canvas.zoomAt(centroid.position.x, centroid.position.y, activeScale / lastScale)
            lastScale = activeScale
        }
    }
    DragHandler {
        id: drag
        enabled: canvas.interactive
        target: null
        property point last
        onActiveChanged: last = centroid.position
        onCentroidChanged: {
            if (!active) return
            if (centroid.position !== last) canvas.regionShown = false
            canvas.centreX -= (centroid.position.x - last.x) / canvas.zoom
            canvas.centreY -= (centroid.position.y - last.y) / canvas.zoom
            last = centroid.position
            canvas.clampCentre()
        }
    }
    TapHandler {
        enabled: canvas.interactive
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: (eventPoint) => {
            const pin = canvas.pick(eventPoint.position)
            if (pin !== null) pin.tap()
        }
        onDoubleTapped: (eventPoint) => {
            const p = eventPoint.position
            if (canvas.pick(p) === null) canvas.zoomAt(p.x, p.y, 2)
        }
    }

    // The pin nearest to `position` (canvas pixels) within half a touch target, or null.
    function pick(position: point): MapPin {
        let best = null
        let bestDistance = Theme.touchMin / 2
        let bestRank = 99
        const visit = (item) => {
            for (const child of item.children) {
                const pin = child as MapPin
                if (pin === null) { visit(child); continue }
                if (!pin.visible || !pin.interactive) continue
                const at = pin.mapToItem(canvas, 0, 0)
                const distance = Math.hypot(at.x - position.x, at.y - position.y)
                const nearer = distance < bestDistance - 4
                const tie = Math.abs(distance - bestDistance) <= 4 && pin.pickRank < bestRank
                if (distance <= Theme.touchMin / 2 && (nearer || tie)) {
                    best = pin; bestDistance = distance; bestRank = pin.pickRank
                }
            }
        }
        visit(world)
        return best
    }
}
