// SPDX-License-Identifier: MIT
// A missile range ring: dashed Signal red, drawn from the day the US gave the figure, with its
// label on the ring (at the bearing map.toml gives), opening its card.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk.Theme

Item {
    id: ring

    required property string itemId
    required property string name
    required property string path
    required property real wx
    required property real wy
    required property real start
    required property real labelZoom
    required property bool labelLeft
    required property real t
    required property real zoom
    required property real lineZoom
    required property var highlight
    property bool interactive: true
    property bool labelsOn: true
    property real symbolScale: 1
    signal tapped(string itemId)

    visible: t >= start
    opacity: highlight.length === 0 || highlight.indexOf(itemId) >= 0 ? 1 : 0.45

    Shape {
        preferredRendererType: Shape.GeometryRenderer
        ShapePath {
            strokeColor: Theme.signalRed
            strokeWidth: 2.5 * Theme.scale / ring.lineZoom
            strokeStyle: ShapePath.DashLine
            dashPattern: [6, 4]
            fillColor: "transparent"
            PathSvg { path: ring.path }
        }
    }
    MapPin {
        x: ring.wx
        y: ring.wy
        zoom: ring.zoom
        itemId: ring.itemId
        shape: "ring"
        symbolSize: Theme.px(12) * ring.symbolScale
        label: ring.name
        labelZoom: ring.labelZoom
        labelLeft: ring.labelLeft
        pickRank: 4
        interactive: ring.interactive
        labelsOn: ring.labelsOn
        emphasised: ring.highlight.indexOf(ring.itemId) >= 0
        onTapped: id => ring.tapped(id)
    }
}
