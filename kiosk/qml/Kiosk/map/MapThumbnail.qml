// SPDX-License-Identifier: MIT
// A still picture of the map at one moment: the real map (coast, rings, arc, ships) with nothing
// to touch, built after the screen's first frame so the screen never waits for it.
pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Backend
import Kiosk.Theme

Rectangle {
    id: thumb

    required property MapView map
    required property real t
    property string view: "region"
    property var highlight: []

    color: Theme.night
    radius: Theme.radius
    clip: true

    Loader {
        anchors.fill: parent
        anchors.margins: Theme.border
        asynchronous: true
        sourceComponent: MapCanvas {
            map: thumb.map
            t: thumb.t
            highlight: thumb.highlight
            interactive: false
            symbolScale: 0.6
            labelsOn: false
            Component.onCompleted: showView(thumb.view, false)
        }
    }
}
