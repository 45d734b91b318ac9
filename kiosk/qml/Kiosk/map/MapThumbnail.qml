// SPDX-License-Identifier: MIT
// A still picture of the map at one moment: the real map (coast, rings, arc, ships) with nothing
// to touch, built after the screen has arrived so the screen never waits for it.
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
        id: loader
        objectName: "map.thumbnail"
        anchors.fill: parent
        anchors.margins: Theme.border
        active: false
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
    // Built once the screen's slide or fade is well over, so building it never takes frames
    // from the transition, nor delays a visitor's first quick tap.
    Timer {
        interval: 600
        running: true
        onTriggered: loader.active = true
    }
}
