// SPDX-License-Identifier: MIT
// The quarantine arc: solid amber with a soft glow from the moment it took effect; dashed and
// dimmed while suspended and once lifted. Its label opens its card.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk.Theme

Item {
    id: arc

    required property var info
    required property real t
    required property real zoom
    required property real lineZoom
    required property var highlight
    property bool interactive: true
    property bool labelsOn: true
    property real symbolScale: 1
    signal tapped(string itemId)

    readonly property bool suspended: t >= info.suspendedFrom && t < info.suspendedTo
    readonly property bool lifted: t >= info.lifted
    objectName: "map.arc"
    visible: info.path !== undefined && t >= info.effective
    opacity: suspended || lifted ? 0.45 : 1

    Shape {
        preferredRendererType: Shape.GeometryRenderer
        ShapePath {
            strokeColor: Theme.amberGlow
            strokeWidth: 14 * Theme.scale / arc.lineZoom
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathSvg { path: arc.info.path ?? "" }
        }
        ShapePath {
            strokeColor: Theme.amber
            strokeWidth: 4 * Theme.scale / arc.lineZoom
            strokeStyle: arc.suspended || arc.lifted ? ShapePath.DashLine : ShapePath.SolidLine
            dashPattern: [3, 3]
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathSvg { path: arc.info.path ?? "" }
        }
    }
    MapPin {
        x: arc.info.labelX ?? 0
        y: arc.info.labelY ?? 0
        zoom: arc.zoom
        itemId: arc.info.itemId ?? ""
        shape: "arc"
        symbolSize: Theme.px(12) * arc.symbolScale
        label: arc.info.name ?? ""
        labelZoom: arc.info.labelZoom ?? 0
        labelLeft: arc.info.labelLeft ?? false
        pickRank: 4
        interactive: arc.interactive
        labelsOn: arc.labelsOn
        emphasised: arc.highlight.indexOf(arc.info.itemId) >= 0
        onTapped: id => arc.tapped(id)
    }
}
