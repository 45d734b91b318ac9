// SPDX-License-Identifier: MIT
// Line icons drawn as vector paths (the exhibit font has no arrow or house glyphs).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Kiosk.Theme

Item {
    id: icon

    required property string name
    property color color: Theme.paper

    // Paths on a 24×24 grid, stroked.
    readonly property var paths: ({
        "home": "M 3 11 L 12 3 L 21 11 M 6 9 L 6 21 L 18 21 L 18 9",
        "previous": "M 15 4 L 7 12 L 15 20",
        "next": "M 9 4 L 17 12 L 9 20",
        "close": "M 5 5 L 19 19 M 19 5 L 5 19",
        "down": "M 4 8 L 12 16 L 20 8",
        "up": "M 4 16 L 12 8 L 20 16",
        "play": "M 7 4 L 19 12 L 7 20 Z",
        "pause": "M 8 4 L 8 20 M 16 4 L 16 20",
        "reset": "M 4 4 L 4 9 L 9 9 M 4.5 8.5 A 8 8 0 1 1 4 12",
        "motion": "M 3 19 L 9 19 L 9 13 L 15 13 L 15 7 L 21 7",
        "map": "M 3 6 L 9 4 L 15 6 L 21 4 L 21 18 L 15 20 L 9 18 L 3 20 Z M 9 4 L 9 18 M 15 6 L 15 20"
    })

    implicitWidth: Theme.px(32)
    implicitHeight: Theme.px(32)

    Shape {
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer

        ShapePath {
            strokeColor: icon.color
            strokeWidth: Math.max(2, icon.width / 24 * 2.4)
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            scale: Qt.size(icon.width / 24, icon.height / 24)
            PathSvg { path: icon.paths[icon.name] ?? "" }
        }
    }
}
